import { byExpiry, type StockState } from '../domain/stock/stock.state';

/** What a stock command answers: the stock at the location after it, lots earliest expiry first. */
export interface StockResult {
  itemId: string;
  locationId: string;
  onHand: number;
  reorderLevel: number;
  reorderQuantity: number;
  low: boolean;
  lots: { lot: string | null; expiresOn: string | null; quantity: number }[];
}

export function stockResult(itemId: string, locationId: string, state: StockState): StockResult {
  const lots = Object.values(state.lots).sort(byExpiry).map(({ lot, expiresOn, quantity }) => ({ lot, expiresOn, quantity }));
  const { onHand, reorderLevel, reorderQuantity, low } = state;
  return { itemId, locationId, onHand, reorderLevel, reorderQuantity, low, lots };
}
