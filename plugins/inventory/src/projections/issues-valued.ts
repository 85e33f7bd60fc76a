import type { DataOf, Sql } from '@hms/sdk';
import type { StockIssued } from '../contracts/events';
import { consumedMany, type ValuedIssue } from './consumption-rows';

/** One issue of a batch to value: its event's position and data. */
export interface IssueToValue {
  readonly position: bigint;
  readonly data: DataOf<typeof StockIssued>;
}

/**
 * Issues of distinct item-and-location stocks valued in a few statements: each takes its share of its stock's value
 * (value × quantity ÷ on hand, the last unit taking what is left, as `left` in stock-value.projection.ts), and those
 * that are not transfers are counted as consumed. With distinct stocks no issue reads what another wrote, so this is
 * exactly the same as one at a time (`stock-movements.int.spec.ts` compares the two).
 */
export async function valueIssues(sql: Sql, issues: readonly IssueToValue[]): Promise<void> {
  if (issues.length === 0) return;
  const rows = await sql.query<{ item_id: string; location_id: string; taken: string; currency: string | null }>(
    `UPDATE inventory.stock_values v
        SET value = CASE WHEN o.quantity <= o.taken_quantity THEN 0
                         ELSE o.value - round(o.value::numeric * o.taken_quantity / o.quantity) END,
            quantity = greatest(o.quantity - o.taken_quantity, 0)
       FROM (SELECT s.item_id, s.location_id, s.quantity, s.value, i.taken_quantity
               FROM unnest($1::uuid[], $2::uuid[], $3::integer[]) AS i(item_id, location_id, taken_quantity)
               JOIN inventory.stock_values s ON s.item_id = i.item_id AND s.location_id = i.location_id) o
      WHERE v.item_id = o.item_id AND v.location_id = o.location_id
  RETURNING v.item_id::text, v.location_id::text, (o.value - v.value)::text AS taken, v.currency`,
    [issues.map((i) => i.data.itemId), issues.map((i) => i.data.locationId), issues.map((i) => i.data.quantity)],
  );
  const taken = new Map(rows.map((r) => [`${r.item_id}\u0000${r.location_id}`, r]));
  const consumed: ValuedIssue[] = issues
    // A transfer moves value between stores; anything else issued was used up where it went.
    .filter((i) => !i.data.toLocationId)
    .map((i) => {
      const row = taken.get(`${i.data.itemId}\u0000${i.data.locationId}`);
      return {
        position: i.position,
        issue: i.data,
        taken: { amount: Number(row?.taken ?? 0), currency: row?.currency ?? null },
      };
    });
  await consumedMany(sql, consumed);
}
