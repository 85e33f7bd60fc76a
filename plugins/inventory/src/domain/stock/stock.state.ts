/** One lot of an item at a location (`lot` null for an item not kept by lot). */
export interface LotBalance {
  readonly lot: string | null;
  readonly expiresOn: string | null;
  readonly quantity: number;
}

/** The stock of one item at one location, folded from its movements. */
export interface StockState {
  /** Keyed by {@link lotKey}. Lots that reach zero are dropped. */
  readonly lots: Readonly<Record<string, LotBalance>>;
  /** Every unit present, expired or not (what a stock take would find). */
  readonly onHand: number;
  readonly reorderLevel: number;
  readonly reorderQuantity: number;
  /** `low-stock` from the moment stock fell below the reorder level until it is restored. */
  readonly alert: 'none' | 'low-stock';
  /** Issues to a patient reversed here (1.1): a reversal is decided once, whatever a read model said. Rare. */
  readonly reversedIssues: Readonly<Record<string, true>>;
}

export const initialStock = (): StockState => ({
  lots: {},
  onHand: 0,
  reorderLevel: 0,
  reorderQuantity: 0,
  alert: 'none',
  reversedIssues: {},
});

/** The key of a lot in {@link StockState.lots}; an item without lots keeps one balance under the empty key. */
export const lotKey = (lot: string | null): string => lot ?? '';

/** Usable through its expiry date (the hospital's calendar day, as the kernel's clock gives it). */
export const isExpired = (balance: LotBalance, today: string): boolean =>
  balance.expiresOn !== null && balance.expiresOn < today;

/** The order lots are issued in: earliest expiry first (no expiry last), then by lot number. */
export const byExpiry = (a: LotBalance, b: LotBalance): number =>
  (a.expiresOn ?? '9999-12-31').localeCompare(b.expiresOn ?? '9999-12-31') || (a.lot ?? '').localeCompare(b.lot ?? '');

/** The lots to issue from: unexpired, in {@link byExpiry} order. */
export function issuableLots(state: StockState, today: string): LotBalance[] {
  return Object.values(state.lots)
    .filter((balance) => balance.quantity > 0 && !isExpired(balance, today))
    .sort(byExpiry);
}

/** Which stock, and what the handler knows of the item from the catalogue. */
export interface StockTarget {
  itemId: string;
  locationId: string;
  tracksLots: boolean;
}
