import type { DataOf, Sql } from '@hms/sdk';
import type { StockIssued, StockIssueReversed } from '../contracts/events';

/** An amount in minor units of a currency; no currency when the stock was never given a cost. */
export interface Value {
  readonly amount: number;
  readonly currency: string | null;
}

/** The tables written beside the stock's value: rebuilt with `inventory.stock-value`, from the same events. */
export const CONSUMPTION_TABLES = [
  'inventory.consumption',
  'inventory.issue_values',
  'inventory.work_order_parts',
] as const;

// Issues made before `issuedTo` was required by every caller (transfers aside) are summed under this destination.
const UNNAMED_DESTINATION = 'unnamed';

/**
 * Counts an issue (not a transfer) as consumed by its destination and cost centre on the day it happened, at the
 * value that left the shelf. An issue to a patient keeps its value so a reversal takes back exactly that; parts
 * used on a work order are listed on it with their value.
 */
export async function consumed(
  sql: Sql,
  position: bigint,
  issue: DataOf<typeof StockIssued>,
  taken: Value,
): Promise<void> {
  const destination = issue.issuedTo ?? UNNAMED_DESTINATION;
  const costCentre = issue.costCentre ?? '';
  await addConsumption(sql, issue.at.slice(0, 10), issue, destination, costCentre, issue.quantity, taken);
  if (issue.issueId) {
    await sql.query(
      `INSERT INTO inventory.issue_values (issue_id, destination, cost_centre, quantity, value, currency)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (issue_id) DO NOTHING`,
      [issue.issueId, destination, costCentre, issue.quantity, taken.amount, taken.currency],
    );
  }
  if (issue.workOrderId) {
    await sql.query(
      `INSERT INTO inventory.work_order_parts (position, work_order_id, item_id, location_id, quantity, value, currency, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (position) DO NOTHING`,
      [
        position.toString(),
        issue.workOrderId,
        issue.itemId,
        issue.locationId,
        issue.quantity,
        taken.amount,
        taken.currency,
        issue.at,
      ],
    );
  }
}

/**
 * A reversed issue to a patient leaves the consumption it was counted in (on the day of the reversal, so a closed
 * period's figures stay as they were reported) and answers the value it left at; null for an issue of before 1.5,
 * which was never valued here.
 */
export async function consumptionReversed(
  sql: Sql,
  reversal: DataOf<typeof StockIssueReversed>,
): Promise<Value | null> {
  const [issue] = await sql.query<{ destination: string; cost_centre: string; value: string; currency: string | null }>(
    `DELETE FROM inventory.issue_values WHERE issue_id = $1 RETURNING destination, cost_centre, value::text, currency`,
    [reversal.issueId],
  );
  if (!issue) return null;
  const back = { amount: Number(issue.value), currency: issue.currency };
  const day = reversal.at.slice(0, 10);
  await addConsumption(sql, day, reversal, issue.destination, issue.cost_centre, -reversal.quantity, {
    amount: -back.amount,
    currency: back.currency,
  });
  return back;
}

async function addConsumption(
  sql: Sql,
  day: string,
  at: { itemId: string; locationId: string },
  destination: string,
  costCentre: string,
  quantity: number,
  value: Value,
): Promise<void> {
  await sql.query(
    `INSERT INTO inventory.consumption AS c (day, location_id, item_id, destination, cost_centre, quantity, value, currency)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (day, location_id, item_id, destination, cost_centre) DO UPDATE
       SET quantity = c.quantity + EXCLUDED.quantity,
           value = c.value + EXCLUDED.value,
           currency = coalesce(c.currency, EXCLUDED.currency)`,
    [day, at.locationId, at.itemId, destination, costCentre, quantity, value.amount, value.currency],
  );
}

/** An issue valued at what left the shelf, to count as consumed. */
export interface ValuedIssue {
  readonly position: bigint;
  readonly issue: DataOf<typeof StockIssued>;
  readonly taken: Value;
}

/**
 * `consumed` for several issues of distinct item-and-location stocks, in one statement per table: their
 * consumption rows (distinct stocks never share a row), the values of issues to patients, and parts on work orders.
 */
export async function consumedMany(sql: Sql, issues: readonly ValuedIssue[]): Promise<void> {
  if (issues.length === 0) return;
  await sql.query(
    `INSERT INTO inventory.consumption AS c (day, location_id, item_id, destination, cost_centre, quantity, value, currency)
     SELECT * FROM unnest($1::date[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::integer[], $7::bigint[], $8::text[])
     ON CONFLICT (day, location_id, item_id, destination, cost_centre) DO UPDATE
       SET quantity = c.quantity + EXCLUDED.quantity,
           value = c.value + EXCLUDED.value,
           currency = coalesce(c.currency, EXCLUDED.currency)`,
    [
      issues.map((i) => i.issue.at.slice(0, 10)),
      issues.map((i) => i.issue.locationId),
      issues.map((i) => i.issue.itemId),
      issues.map((i) => i.issue.issuedTo ?? UNNAMED_DESTINATION),
      issues.map((i) => i.issue.costCentre ?? ''),
      issues.map((i) => i.issue.quantity),
      issues.map((i) => i.taken.amount),
      issues.map((i) => i.taken.currency),
    ],
  );
  const toPatients = issues.filter((i) => i.issue.issueId);
  if (toPatients.length > 0)
    await sql.query(
      `INSERT INTO inventory.issue_values (issue_id, destination, cost_centre, quantity, value, currency)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::integer[], $5::bigint[], $6::text[])
       ON CONFLICT (issue_id) DO NOTHING`,
      [
        toPatients.map((i) => i.issue.issueId!),
        toPatients.map((i) => i.issue.issuedTo ?? UNNAMED_DESTINATION),
        toPatients.map((i) => i.issue.costCentre ?? ''),
        toPatients.map((i) => i.issue.quantity),
        toPatients.map((i) => i.taken.amount),
        toPatients.map((i) => i.taken.currency),
      ],
    );
  const parts = issues.filter((i) => i.issue.workOrderId);
  if (parts.length > 0)
    await sql.query(
      `INSERT INTO inventory.work_order_parts (position, work_order_id, item_id, location_id, quantity, value, currency, at)
       SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::uuid[], $5::integer[], $6::bigint[], $7::text[],
                            $8::timestamptz[])
       ON CONFLICT (position) DO NOTHING`,
      [
        parts.map((i) => i.position.toString()),
        parts.map((i) => i.issue.workOrderId!),
        parts.map((i) => i.issue.itemId),
        parts.map((i) => i.issue.locationId),
        parts.map((i) => i.issue.quantity),
        parts.map((i) => i.taken.amount),
        parts.map((i) => i.taken.currency),
        parts.map((i) => i.issue.at),
      ],
    );
}
