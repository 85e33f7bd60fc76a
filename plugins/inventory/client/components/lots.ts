import type { StockLot } from '$lib/api/types';

/** A lot without an expiry date sorts after every dated one: it is issued last. */
const NO_EXPIRY = '9999-12-31';

/**
 * Lots in the order the store issues them: earliest expiry first (as the server takes them), then by lot number,
 * so the lot the next issue takes is at the top.
 */
export function byExpiry<L extends Pick<StockLot, 'lot' | 'expiresOn'>>(lots: readonly L[]): L[] {
  return [...lots].sort(
    (a, b) =>
      (a.expiresOn ?? NO_EXPIRY).localeCompare(b.expiresOn ?? NO_EXPIRY) || (a.lot ?? '').localeCompare(b.lot ?? ''),
  );
}

/** The lots that can be named in a write-off or a count at a location: those with something in them. */
export function lotsInStock(lots: readonly StockLot[]): StockLot[] {
  return byExpiry(lots.filter((l) => l.quantity > 0 && l.lot !== null));
}

/** Whole days from `today` to `day` (both `YYYY-MM-DD`); negative once it has passed. */
export function daysUntil(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
