import { describe, expect, it } from 'vitest';
import type { LowStockRow } from '$lib/api/types';
import { lowStockEmphasis, lowStockOrder, orderLink } from './low-stock';

const row = (name: string, onHand: number, onOrder: number, toOrder: number): LowStockRow => ({
  item: { id: `item-${name}`, code: name, name, unit: 'tablet' },
  location: { id: 'loc-1', code: 'W3A', name: 'Ward 3A store' },
  onHand,
  reorderLevel: 100,
  reorderQuantity: 200,
  onOrder,
  lowSince: '2026-03-01T08:00:00.000Z',
  toOrder,
});

describe('the low-stock list', () => {
  it('marks rows with nothing on order, and orders that do not cover the level', () => {
    expect(lowStockEmphasis(row('a', 10, 0, 200))).toBe('nothing-on-order');
    expect(lowStockEmphasis(row('b', 10, 50, 200))).toBe('short');
    expect(lowStockEmphasis(row('c', 10, 200, 0))).toBe('covered');
  });

  it('lists what needs ordering first, the emptiest first', () => {
    const sorted = lowStockOrder([
      row('covered', 5, 200, 0),
      row('fuller', 80, 0, 200),
      row('emptier', 20, 0, 200),
      row('short', 1, 10, 200),
    ]);
    expect(sorted.map((r) => r.item.name)).toEqual(['emptier', 'fuller', 'short', 'covered']);
  });

  it('links to the order form filled in with what to order', () => {
    expect(orderLink(row('a', 10, 0, 200))).toBe('/inventory/orders?itemId=item-a&locationId=loc-1&quantity=200');
    expect(orderLink(row('c', 10, 200, 0))).toBe('/inventory/orders?itemId=item-c&locationId=loc-1&quantity=200');
  });
});
