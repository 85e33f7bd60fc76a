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
