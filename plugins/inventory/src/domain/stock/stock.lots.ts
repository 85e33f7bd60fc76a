import { InvariantViolation } from '@hms/sdk';
import type { LotQuantity } from '../../contracts/schemas';
import { INSUFFICIENT_STOCK, LOT_NOT_TRACKED, LOT_REQUIRED } from '../../errors';
import { issuableLots, type StockState, type StockTarget } from './stock.state';

/** Lots are named exactly when the item is kept by lot, and then with an expiry date on receipt. */
export function checkedLot(target: StockTarget, lot: string | null, expiresOn: string | null): string | null {
  if (!target.tracksLots) {
    if (lot !== null || expiresOn !== null) {
      throw new InvariantViolation(
        LOT_NOT_TRACKED,
        { itemId: target.itemId },
        { message: 'This item is not kept by lot.' },
      );
    }
    return null;
  }
  if (lot === null) {
    throw new InvariantViolation(
      LOT_REQUIRED,
      { itemId: target.itemId },
      { message: 'This item is kept by lot: name the lot and its expiry date.' },
    );
  }
  return lot;
}

/** Earliest expiry first, expired lots never; refuses the whole issue when usable stock falls short. */
export function takeEarliestExpiry(
  state: StockState,
  quantity: number,
  today: string,
  stock: { itemId: string; locationId: string },
): LotQuantity[] {
  const usable = issuableLots(state, today);
  const available = usable.reduce((sum, balance) => sum + balance.quantity, 0);
  if (available < quantity) {
    throw new InvariantViolation(
      INSUFFICIENT_STOCK,
      { ...stock, requested: quantity, available },
      {
        message: `Only ${available} usable ${available === 1 ? 'unit is' : 'units are'} here (expired lots are not issued).`,
      },
    );
  }
  const taken: LotQuantity[] = [];
  let left = quantity;
  for (const balance of usable) {
    if (left === 0) break;
    const share = Math.min(left, balance.quantity);
    taken.push({ lot: balance.lot, expiresOn: balance.expiresOn, quantity: share });
    left -= share;
  }
  return taken;
}
