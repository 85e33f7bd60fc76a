import { defineProjection, type Sql } from '@hms/sdk';
import { StockCounted, StockIssued, StockReceived, StockWrittenOff } from '../contracts/events';
import { DispensedStockReturned } from '../contracts/dispensing-events';

/**
 * The value of each item's stock per store, at weighted average cost (the one rule, stated in docs/inventory.md):
 *
 * - a receipt with a unit cost adds quantity × cost, and the average becomes value ÷ quantity;
 * - a receipt without one (a transfer, a donation, a count that found more) comes in at the average then known:
 *   the sending store's for a transfer, this store's otherwise (zero when no cost is known yet);
 * - whatever leaves (issues, transfers out, write-offs, a count that found less) takes its share of the value,
 *   value × quantity ÷ on hand, rounded to the minor unit; the last unit out takes what is left, so an empty
 *   shelf is worth exactly zero and rounding never accumulates.
 *
 * Async-safe and replayable: it reads only its own table. Inline, so a delivery's value shows at once.
 */
export const stockValueProjection = defineProjection({
  name: 'inventory.stock-value',
  mode: 'inline',
  handles: [StockReceived, StockIssued, StockCounted, StockWrittenOff, DispensedStockReturned],
  tables: ['inventory.stock_values'],
  async evolve(event, sql) {
    switch (event.type) {
      case StockReceived.type: {
        const d = event.data;
        const cost = d.unitCost ?? (await knownCost(sql, d.itemId, d.fromLocationId ?? d.locationId));
        await received(sql, d.itemId, d.locationId, d.quantity, cost);
        return;
      }
      case StockIssued.type:
      case StockWrittenOff.type: {
        const d = event.data;
        await left(sql, d.itemId, d.locationId, d.quantity);
        return;
      }
      case DispensedStockReturned.type: {
        // Returned medication comes back at the store's average (what it left at, near enough).
        const d = event.data;
        await received(sql, d.itemId, d.locationId, d.quantity, await knownCost(sql, d.itemId, d.locationId));
        return;
      }
      case StockCounted.type: {
        const d = event.data;
        const change = d.counted - d.expected;
        if (change > 0)
          await received(sql, d.itemId, d.locationId, change, await knownCost(sql, d.itemId, d.locationId));
        if (change < 0) await left(sql, d.itemId, d.locationId, -change);
        return;
      }
    }
  },
});

interface UnitCost {
  readonly amount: number;
  readonly currency: string | null;
}

async function knownCost(sql: Sql, itemId: string, locationId: string): Promise<UnitCost> {
  const [row] = await sql.query<{ average_unit_cost: string | null; currency: string | null }>(
    `SELECT average_unit_cost, currency FROM inventory.stock_values WHERE item_id = $1 AND location_id = $2`,
    [itemId, locationId],
  );
  return { amount: Number(row?.average_unit_cost ?? 0), currency: row?.currency ?? null };
}

async function received(sql: Sql, itemId: string, locationId: string, quantity: number, cost: UnitCost): Promise<void> {
  await sql.query(
    `INSERT INTO inventory.stock_values AS v (item_id, location_id, quantity, value, currency, average_unit_cost)
     VALUES ($1, $2, $3::integer, round($3::integer * $4::numeric), $5::text, CASE WHEN $5::text IS NULL THEN NULL ELSE $4::numeric END)
     ON CONFLICT (item_id, location_id) DO UPDATE
       SET quantity = v.quantity + EXCLUDED.quantity,
           value = v.value + EXCLUDED.value,
           currency = coalesce(v.currency, EXCLUDED.currency),
           average_unit_cost = CASE WHEN coalesce(v.currency, EXCLUDED.currency) IS NULL THEN NULL
                                    ELSE (v.value + EXCLUDED.value)::numeric / (v.quantity + EXCLUDED.quantity) END`,
    [itemId, locationId, quantity, cost.amount, cost.currency],
  );
}

async function left(sql: Sql, itemId: string, locationId: string, quantity: number): Promise<void> {
  // The average stays as it was: what leaves goes at the average, so the average of what remains is unchanged.
  await sql.query(
    `UPDATE inventory.stock_values
        SET value = CASE WHEN quantity <= $3::integer THEN 0 ELSE value - round(value::numeric * $3::integer / quantity) END,
            quantity = greatest(quantity - $3::integer, 0)
      WHERE item_id = $1 AND location_id = $2`,
    [itemId, locationId, quantity],
  );
}
