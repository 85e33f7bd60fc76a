import type { Sql } from '@hms/sdk';
import { percent, round2, row, type ReportRow } from './report-rows';

export interface OccupancyScope {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly now: string;
  readonly wardId: string | null;
  readonly department: string | null;
}

/**
 * Per ward and day: occupied bed-hours (the time stays spent in the ward's beds that day) over available
 * bed-hours (the time the ward's beds were listed and in service that day), both cut off at now, so today counts
 * only its past hours and open stays count until now. Reported in bed-days (24 bed-hours).
 */
export async function bedOccupancy(sql: Sql, scope: OccupancyScope): Promise<ReportRow[]> {
  const rows = await sql.query<{ code: string; day: string; occupied: string | null; available: string | null }>(
    `WITH days AS (
       SELECT to_char(d, 'YYYY-MM-DD') AS day, d::timestamp AT TIME ZONE $3 AS day_start,
              least((d + interval '1 day')::timestamp AT TIME ZONE $3, $4::timestamptz) AS day_end
         FROM generate_series($1::date, $2::date, interval '1 day') AS d
     ), wards AS (
       SELECT ward_id, code FROM analytics.wards
        WHERE ($5::uuid IS NULL OR ward_id = $5) AND ($6::text IS NULL OR specialty = $6)
     ), occupied AS (
       SELECT g.ward_id, d.day,
              sum(extract(epoch FROM least(coalesce(g.to_at, $4::timestamptz), d.day_end) - greatest(g.from_at, d.day_start))) AS secs
         FROM analytics.stay_segments g JOIN wards USING (ward_id)
         JOIN days d ON g.from_at < d.day_end AND coalesce(g.to_at, $4::timestamptz) > d.day_start
        WHERE g.from_at < (SELECT max(day_end) FROM days)
        GROUP BY 1, 2
     ), available AS (
       SELECT b.ward_id, d.day,
              sum(extract(epoch FROM least(coalesce(b.to_at, $4::timestamptz), d.day_end) - greatest(b.from_at, d.day_start))) AS secs
         FROM analytics.bed_periods b JOIN wards USING (ward_id)
         JOIN days d ON b.from_at < d.day_end AND coalesce(b.to_at, $4::timestamptz) > d.day_start
        GROUP BY 1, 2
     )
     SELECT w.code, d.day, o.secs AS occupied, a.secs AS available
       FROM wards w CROSS JOIN days d
       LEFT JOIN occupied o ON o.ward_id = w.ward_id AND o.day = d.day
       LEFT JOIN available a ON a.ward_id = w.ward_id AND a.day = d.day
      WHERE d.day_end > d.day_start AND (o.secs IS NOT NULL OR a.secs IS NOT NULL)
      ORDER BY w.code, d.day`,
    [scope.from, scope.to, scope.timeZone, scope.now, scope.wardId, scope.department],
  );
  return rows.map((r) => {
    const occupied = Number(r.occupied ?? 0) / 86_400;
    const available = Number(r.available ?? 0) / 86_400;
    return row({
      section: 'Bed occupancy',
      measure: 'occupancy (%)',
      subject: r.code,
      period: r.day,
      value: percent(occupied, available),
      numerator: round2(occupied),
      denominator: round2(available),
      note: 'bed-days occupied / bed-days available',
    });
  });
}
