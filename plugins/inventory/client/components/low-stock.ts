import type { LowStockRow } from '$lib/api/types';

/**
 * How a row of the low-stock list stands out: stock that is low with nothing on order is the storekeeper's work
 * for today; low with an order not yet covering the level still needs a look; covered by orders needs none.
 */
export type LowStockEmphasis = 'nothing-on-order' | 'short' | 'covered';

export function lowStockEmphasis(row: Pick<LowStockRow, 'onOrder' | 'toOrder'>): LowStockEmphasis {
  if (row.onOrder === 0) return 'nothing-on-order';
  return row.toOrder > 0 ? 'short' : 'covered';
}

/** The rows needing action first (nothing on order), then the rest; within each, the emptiest store first. */
export function lowStockOrder(rows: readonly LowStockRow[]): LowStockRow[] {
  const rank = { 'nothing-on-order': 0, short: 1, covered: 2 } as const;
  const fill = (r: LowStockRow) => (r.reorderLevel === 0 ? 1 : r.onHand / r.reorderLevel);
  return [...rows].sort((a, b) => rank[lowStockEmphasis(a)] - rank[lowStockEmphasis(b)] || fill(a) - fill(b));
}

/** The link that raises an order for a low row, the form filled in with the item, the store and what to order. */
export function orderLink(row: Pick<LowStockRow, 'item' | 'location' | 'toOrder' | 'reorderQuantity'>): string {
  const quantity = row.toOrder > 0 ? row.toOrder : row.reorderQuantity;
  const query = new URLSearchParams({ itemId: row.item.id, locationId: row.location.id, quantity: String(quantity) });
  return `/inventory/orders?${query}`;
}
