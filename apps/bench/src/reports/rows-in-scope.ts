import type { Sql } from '@hms/sdk';

/**
 * Read-model rows a report reads for a period (the "rows" of rows per second): stays and appointments for
 * outcomes; stay segments, bed periods, appointments and schedules for utilisation; nothing for finance.
 */
export async function rowsInScope(sql: Sql, report: string, from: string, to: string, now: string): Promise<number> {
  const p = [from, to, now];
  const count = async (text: string) => Number((await sql.query<{ n: string }>(text, p))[0]?.n ?? 0);
  const appointments = `SELECT count(*) AS n FROM analytics.appointments WHERE starts_at >= $1::date - 1 AND starts_at < $2::date + 2 AND $3::text IS NOT NULL`;
  if (report === 'analytics.patient-outcomes') {
    return (
      (await count(`SELECT count(*) AS n FROM analytics.stays WHERE (discharged_at >= $1::date OR discharged_at IS NULL OR admitted_at >= $1::date)
                           AND admitted_at < $2::date + 1 AND $3::text IS NOT NULL`)) + (await count(appointments))
    );
  }
  if (report === 'analytics.resource-utilisation') {
    const overlapping = (table: string) => `SELECT count(*) AS n FROM ${table}
      WHERE from_at < $2::date + 1 AND coalesce(to_at, $3::timestamptz) > $1::date`;
    return (
      (await count(overlapping('analytics.stay_segments'))) +
      (await count(overlapping('analytics.bed_periods'))) +
      (await count(appointments)) +
      (await count('SELECT count(*) AS n FROM analytics.schedules WHERE $1::text || $2::text || $3::text IS NOT NULL'))
    );
  }
  return 0;
}
