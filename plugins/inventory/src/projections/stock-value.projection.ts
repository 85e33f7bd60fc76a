import { defineProjection, type RecordedOf, type Sql } from '@hms/sdk';
import { StockCounted, StockIssued, StockIssueReversed, StockReceived, StockWrittenOff } from '../contracts/events';
import { DispensedStockReturned } from '../contracts/dispensing-events';
import { consumed, consumptionReversed, CONSUMPTION_TABLES, type Value } from './consumption-rows';
import { valueIssues, type IssueToValue } from './issues-valued';

/** What moves value in or out of a store. */
const VALUED_EVENTS = [
  StockReceived,
  StockIssued,
  StockIssueReversed,
  StockCounted,
  StockWrittenOff,
  DispensedStockReturned,
] as const;

/**
 * The value of each item's stock per store, at weighted average cost (the one rule, stated in docs/inventory.md):
 *
 * - a receipt with a unit cost adds quantity × cost, and the average becomes value ÷ quantity;
 * - a receipt without one (a transfer, a donation, a count that found more) comes in at the average then known:
 *   the sending store's for a transfer, this store's otherwise (zero when no cost is known yet);
 * - whatever leaves (issues, transfers out, write-offs, a count that found less) takes its share of the value,
 *   value × quantity ÷ on hand, rounded to the minor unit; the last unit out takes what is left, so an empty
 *   shelf is worth exactly zero and rounding never accumulates;
 * - an issue to a ward, a department or a work order is consumption (1.5), valued at what left the shelf; a reversed
 *   issue to a patient comes back at exactly the value it left at, and leaves the consumption it was counted in.
 *
 * Async-safe and replayable: it reads only its own table. Inline, so a delivery's value shows at once.
 */
export const stockValueProjection = defineProjection({
  name: 'inventory.stock-value',
  mode: 'inline',
  handles: VALUED_EVENTS,
  tables: ['inventory.stock_values', ...CONSUMPTION_TABLES],
  evolve: (event, sql) => evolveValue(event, sql),
  /**
   * Consecutive issues of distinct stocks valued together (the hot path: a busy hour's issues from many stores), in
   * a statement per table; anything else, or a second issue of the same stock, after what came before, one at a time.
   */
  async evolveBatch(events, sql) {
    let issues: IssueToValue[] = [];
    const keys = new Set<string>();
    const flush = async () => {
      await valueIssues(sql, issues);
      issues = [];
      keys.clear();
    };
    for (const event of events) {
      if (event.type !== StockIssued.type) {
        await flush();
        await evolveValue(event, sql);
        continue;
      }
      const key = `${event.data.itemId}\u0000${event.data.locationId}`;
      if (keys.has(key)) await flush();
      issues.push({ position: event.position, data: event.data });
      keys.add(key);
    }
    await flush();
  },
});

async function evolveValue(event: RecordedOf<(typeof VALUED_EVENTS)[number]>, sql: Sql): Promise<void> {
  switch (event.type) {
    case StockReceived.type: {
      const d = event.data;
      // Bought in a purchase unit (1.5): the whole cost comes in exactly, whatever it is per unit of issue.
      if (d.totalCost) return added(sql, d.itemId, d.locationId, d.quantity, d.totalCost);
      const cost = d.unitCost ?? (await knownCost(sql, d.itemId, d.fromLocationId ?? d.locationId));
      await received(sql, d.itemId, d.locationId, d.quantity, cost);
      return;
    }
    case StockIssued.type: {
      const d = event.data;
      const taken = await left(sql, d.itemId, d.locationId, d.quantity);
      // A transfer moves value between stores; anything else issued was used up where it went.
      if (!d.toLocationId) await consumed(sql, event.position, d, taken);
      return;
    }
    case StockIssueReversed.type: {
      const d = event.data;
      const back = await consumptionReversed(sql, d);
      if (back) await added(sql, d.itemId, d.locationId, d.quantity, back);
      else await received(sql, d.itemId, d.locationId, d.quantity, await knownCost(sql, d.itemId, d.locationId));
      return;
    }
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
      if (change > 0) await received(sql, d.itemId, d.locationId, change, await knownCost(sql, d.itemId, d.locationId));
      if (change < 0) await left(sql, d.itemId, d.locationId, -change);
      return;
    }
  }
}

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

/** Takes what left at the average and answers its value (nothing known: zero, in no currency). */
async function left(sql: Sql, itemId: string, locationId: string, quantity: number): Promise<Value> {
  // The average stays as it was: what leaves goes at the average, so the average of what remains is unchanged.
  const [row] = await sql.query<{ taken: string; currency: string | null }>(
    `UPDATE inventory.stock_values v
        SET value = CASE WHEN o.quantity <= $3::integer THEN 0
                         ELSE o.value - round(o.value::numeric * $3::integer / o.quantity) END,
            quantity = greatest(o.quantity - $3::integer, 0)
       FROM (SELECT item_id, location_id, quantity, value FROM inventory.stock_values
              WHERE item_id = $1 AND location_id = $2) o
      WHERE v.item_id = o.item_id AND v.location_id = o.location_id
  RETURNING (o.value - v.value)::text AS taken, v.currency`,
    [itemId, locationId, quantity],
  );
  return { amount: Number(row?.taken ?? 0), currency: row?.currency ?? null };
}

/** Stock that comes with its own whole value (a reversed issue, a costed purchase unit): the average takes it in. */
async function added(sql: Sql, itemId: string, locationId: string, quantity: number, back: Value): Promise<void> {
  await sql.query(
    `INSERT INTO inventory.stock_values AS v (item_id, location_id, quantity, value, currency, average_unit_cost)
     VALUES ($1, $2, $3::integer, $4::bigint, $5::text,
             CASE WHEN $5::text IS NULL THEN NULL ELSE $4::numeric / $3::integer END)
     ON CONFLICT (item_id, location_id) DO UPDATE
       SET quantity = v.quantity + EXCLUDED.quantity,
           value = v.value + EXCLUDED.value,
           currency = coalesce(v.currency, EXCLUDED.currency),
           average_unit_cost = CASE WHEN coalesce(v.currency, EXCLUDED.currency) IS NULL THEN NULL
                                    ELSE (v.value + EXCLUDED.value)::numeric / (v.quantity + EXCLUDED.quantity) END`,
    [itemId, locationId, quantity, back.amount, back.currency],
  );
}
