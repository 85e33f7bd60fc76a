import type { StockResult } from '../contracts/commands';
import { byExpiry, type StockState } from '../domain/stock/stock.state';

export type { StockResult } from '../contracts/commands';

export function stockResult(itemId: string, locationId: string, state: StockState): StockResult {
  const lots = Object.values(state.lots)
    .sort(byExpiry)
    .map(({ lot, expiresOn, quantity }) => ({ lot, expiresOn, quantity }));
  const { onHand, reorderLevel, reorderQuantity } = state;
  const low = state.alert === 'low-stock';
  return { itemId, locationId, onHand, reorderLevel, reorderQuantity, low, lots };
}
