import type { Sql } from '@hms/sdk';
import type { ReportScope } from './report-parameters';

/**
 * The instants the period's first day starts and its last day ends, in the report's time zone (PostgreSQL knows
 * the zone rules, daylight saving included).
 */
export async function periodBounds(sql: Sql, scope: ReportScope): Promise<{ startAt: Date; endAt: Date }> {
  const [bounds] = await sql.query<{ start_at: Date; end_at: Date }>(
    `SELECT ($1::date::timestamp AT TIME ZONE $3) AS start_at, (($2::date + 1)::timestamp AT TIME ZONE $3) AS end_at`,
    [scope.from, scope.to, scope.timeZone],
  );
  if (!bounds) throw new Error('PostgreSQL answered no period bounds');
  return { startAt: bounds.start_at, endAt: bounds.end_at };
}
