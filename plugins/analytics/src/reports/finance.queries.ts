import type { Sql } from '@hms/sdk';
import type { ReportScope } from './report-parameters';
import { percent, round2, row, type ReportRow } from './report-rows';

/** An amount in minor units as major units of its currency (ISO 4217 digits, as Node's Intl knows them). */
export function majorUnits(amount: number, currency: string): number | null {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  return round2(amount / 10 ** (digits ?? 2));
}

const REVENUE = 'Revenue per period and department';
const COLLECTIONS = 'Collections';
const AGEING = 'Accounts receivable ageing';
const DENIALS = 'Claim denial rate';

/** Revenue on the service date, net of reversed charges: per month and category, per payer, per service. */
export async function revenueRows(sql: Sql, scope: ReportScope): Promise<ReportRow[]> {
  const byMonth = await sql.query<{ month: string; category: string; currency: string; total: string; n: string }>(
    `SELECT to_char(date_trunc('month', service_date), 'YYYY-MM-DD') AS month, category, currency,
            sum(total)::text AS total, count(*)::text AS n
       FROM analytics.billing_charges WHERE NOT reversed AND service_date BETWEEN $1 AND $2
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    [scope.from, scope.to],
  );
  const byPayer = await sql.query<{ payer: string; currency: string; total: string; n: string }>(
    `SELECT coalesce(payer_id::text, 'self-pay') AS payer, currency, sum(total)::text AS total, count(*)::text AS n
       FROM analytics.billing_charges WHERE NOT reversed AND service_date BETWEEN $1 AND $2
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [scope.from, scope.to],
  );
  const byService = await sql.query<{ service_code: string; currency: string; total: string; n: string }>(
    `SELECT service_code, currency, sum(total)::text AS total, count(*)::text AS n
       FROM analytics.billing_charges WHERE NOT reversed AND service_date BETWEEN $1 AND $2
      GROUP BY 1, 2 ORDER BY 3 DESC, 1`,
    [scope.from, scope.to],
  );
  if (byMonth.length === 0)
    return [row({ section: REVENUE, measure: 'revenue', value: 0, note: 'no charges in the period' })];
  return [
    ...byMonth.map((r) =>
      row({
        section: REVENUE,
        measure: 'revenue by category',
        subject: r.category,
        period: r.month,
        value: majorUnits(Number(r.total), r.currency),
        numerator: Number(r.n),
        note: `${r.currency}; numerator: charges`,
      }),
    ),
    ...byPayer.map((r) =>
      row({
        section: REVENUE,
        measure: 'revenue by payer',
        subject: r.payer,
        value: majorUnits(Number(r.total), r.currency),
        numerator: Number(r.n),
        note: `${r.currency}; the payer's and the patient's shares of charges under that payer's cover`,
      }),
    ),
    ...byService.map((r) =>
      row({
        section: REVENUE,
        measure: 'revenue by service',
        subject: r.service_code,
        value: majorUnits(Number(r.total), r.currency),
        numerator: Number(r.n),
        note: r.currency,
      }),
    ),
  ];
}

/** Money applied to invoices in the period, per month, and how long settled invoices took to be paid. */
export async function collectionRows(sql: Sql, scope: ReportScope): Promise<ReportRow[]> {
  const collected = await sql.query<{ month: string; currency: string; total: string }>(
    `SELECT to_char(date_trunc('month', collected_on), 'YYYY-MM-DD') AS month, currency, sum(amount)::text AS total
       FROM analytics.billing_collections WHERE collected_on BETWEEN $1 AND $2 GROUP BY 1, 2 ORDER BY 1, 2`,
    [scope.from, scope.to],
  );
  const [days] = await sql.query<{ average: string | null; n: string }>(
    `SELECT avg(settled_on - issued_on)::text AS average, count(*)::text AS n FROM analytics.billing_invoices
      WHERE NOT void AND settled_on BETWEEN $1 AND $2`,
    [scope.from, scope.to],
  );
  return [
    ...collected.map((r) =>
      row({
        section: COLLECTIONS,
        measure: 'collected',
        period: r.month,
        value: majorUnits(Number(r.total), r.currency),
        note: r.currency,
      }),
    ),
    row({
      section: COLLECTIONS,
      measure: 'average days to payment',
      value: days?.average == null ? null : round2(days.average),
      denominator: Number(days?.n ?? 0),
      note: 'invoices settled in the period: from issue to the day nothing was owed',
    }),
  ];
}

const BUCKETS = [
  { label: '0–30 days', from: 0, to: 30 },
  { label: '31–60 days', from: 31, to: 60 },
  { label: '61–90 days', from: 61, to: 90 },
  { label: 'over 90 days', from: 91, to: 1_000_000 },
];

/** What issued invoices still ask for, by days since issue at the end of the period. */
export async function ageingRows(sql: Sql, scope: ReportScope): Promise<ReportRow[]> {
  const rows = await sql.query<{ age: number; currency: string; balance: string }>(
    `SELECT ($1::date - issued_on) AS age, currency, balance::text
       FROM analytics.billing_invoices WHERE NOT void AND balance > 0 AND issued_on <= $1`,
    [scope.to],
  );
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  if (currencies.length === 0) return [row({ section: AGEING, measure: 'owed', value: 0, note: 'no invoice is owed' })];
  return currencies.flatMap((currency) =>
    BUCKETS.map((bucket) => {
      const inBucket = rows.filter((r) => r.currency === currency && r.age >= bucket.from && r.age <= bucket.to);
      return row({
        section: AGEING,
        measure: 'owed',
        subject: bucket.label,
        value: majorUnits(
          inBucket.reduce((s, r) => s + Number(r.balance), 0),
          currency,
        ),
        numerator: inBucket.length,
        note: `${currency}; numerator: invoices; balances as they stand now, of invoices issued by ${scope.to}`,
      });
    }),
  );
}

/** Claim lines the payer denied, of those it decided in the period, per payer; and the reasons given. */
export async function denialRows(sql: Sql, scope: ReportScope): Promise<ReportRow[]> {
  const byPayer = await sql.query<{ payer_id: string; denied: string; decided: string }>(
    `SELECT payer_id::text, count(*) FILTER (WHERE status = 'denied')::text AS denied, count(*)::text AS decided
       FROM analytics.billing_claim_lines WHERE decided_on BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1`,
    [scope.from, scope.to],
  );
  const byReason = await sql.query<{ payer_id: string; reason_code: string; n: string }>(
    `SELECT payer_id::text, reason_code, count(*)::text AS n FROM analytics.billing_claim_lines
      WHERE decided_on BETWEEN $1 AND $2 AND status <> 'paid' AND reason_code IS NOT NULL
      GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
    [scope.from, scope.to],
  );
  if (byPayer.length === 0)
    return [row({ section: DENIALS, measure: 'denial rate (%)', note: 'no claim line was decided in the period' })];
  return [
    ...byPayer.map((r) =>
      row({
        section: DENIALS,
        measure: 'denial rate (%)',
        subject: r.payer_id,
        value: percent(Number(r.denied), Number(r.decided)),
        numerator: Number(r.denied),
        denominator: Number(r.decided),
        note: 'claim lines denied / decided',
      }),
    ),
    ...byReason.map((r) =>
      row({
        section: DENIALS,
        measure: `lines not paid in full, reason ${r.reason_code}`,
        subject: r.payer_id,
        value: Number(r.n),
      }),
    ),
  ];
}
