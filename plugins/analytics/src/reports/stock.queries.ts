import type { Sql } from '@hms/sdk';
import { periodBounds } from './period-bounds';
import type { ReportScope } from './report-parameters';
import { round2, row, type ReportRow } from './report-rows';

const STOCK = 'Stock turnover';

/**
 * Stock turnover per item, the hospital's stores together (in units: inventory keeps no costs): units used (issued
 * to a ward, department or patient, net of reversed issues) over the average units on hand, the mean of the stock
 * at the period's start and at its end. A turnover of 4 over a quarter means the stock held was used up four
 * times. Days of stock: the units on hand at the end over the units used per day of the period.
 */
export async function stockTurnover(sql: Sql, scope: ReportScope): Promise<ReportRow[]> {
  const { startAt, endAt } = await periodBounds(sql, scope);
  const rows = await sql.query<{
    code: string | null;
    item_id: string;
    at_start: string;
    at_end: string;
    used: string;
  }>(
    `SELECT i.code, m.item_id::text,
            coalesce(sum(m.change) FILTER (WHERE m.at < $1), 0)::text AS at_start,
            coalesce(sum(m.change) FILTER (WHERE m.at < $2), 0)::text AS at_end,
            coalesce(sum(m.consumed) FILTER (WHERE m.at >= $1 AND m.at < $2), 0)::text AS used
       FROM analytics.stock_movements m LEFT JOIN analytics.stock_items i ON i.item_id = m.item_id
      WHERE m.at < $2
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [startAt, endAt],
  );
  if (rows.length === 0) return [row({ section: STOCK, measure: 'turnover', note: 'no stock was held or moved' })];
  const days = Math.round((endAt.getTime() - startAt.getTime()) / 86_400_000);
  return rows.flatMap((r) => {
    const [atStart, atEnd, used] = [Number(r.at_start), Number(r.at_end), Number(r.used)];
    const average = (atStart + atEnd) / 2;
    const subject = r.code ?? r.item_id;
    return [
      row({
        section: STOCK,
        measure: 'turnover',
        subject,
        value: average > 0 ? round2(used / average) : null,
        numerator: used,
        denominator: round2(average),
        note: 'numerator: units used; denominator: average units on hand (start and end of the period)',
      }),
      row({
        section: STOCK,
        measure: 'days of stock',
        subject,
        value: used > 0 ? round2(atEnd / (used / days)) : null,
        numerator: atEnd,
        note: `units on hand at the end, at the period's rate of use (${days} days)`,
      }),
    ];
  });
}
