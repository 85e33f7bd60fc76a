import type { Sql } from '@hms/sdk';
import { percent, round2, row, type ReportRow } from './report-rows';

/** The period as instants, with the filters, as every outcome query takes them. */
export interface OutcomeScope {
  readonly startAt: Date;
  readonly endAt: Date;
  readonly now: string;
  readonly timeZone: string;
  readonly wardId: string | null;
  readonly department: string | null;
  readonly practitionerId: string | null;
}

/**
 * Stays matching the filters on the ward named by `wardColumn`. Every stay query takes $1 start, $2 end,
 * $3 ward, $4 department, $5 practitioner, then its own parameters from $6 on.
 */
const stayFilter = (wardColumn: string) => `($3::uuid IS NULL OR s.${wardColumn} = $3)
  AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM analytics.wards w WHERE w.ward_id = s.${wardColumn} AND w.specialty = $4))
  AND ($5::text IS NULL OR s.admitting_practitioner_id = $5)`;

const params = (s: OutcomeScope, ...more: unknown[]) =>
  [s.startAt, s.endAt, s.wardId, s.department, s.practitionerId, ...more] as never[];

const SECTION_LOS = 'Length of stay';

/** Stays discharged in the period (by discharging ward): count, mean and median days, same-day discharges. */
export async function lengthOfStay(sql: Sql, scope: OutcomeScope): Promise<ReportRow[]> {
  const [los] = await sql.query<{
    stays: number;
    mean: string | null;
    median: string | null;
    same_day: number;
    open: number;
  }>(
    `SELECT count(*)::int AS stays,
            avg(extract(epoch FROM s.discharged_at - s.admitted_at)) / 86400 AS mean,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.discharged_at - s.admitted_at)) / 86400 AS median,
            count(*) FILTER (WHERE (s.discharged_at AT TIME ZONE $6)::date = (s.admitted_at AT TIME ZONE $6)::date)::int AS same_day,
            (SELECT count(*)::int FROM analytics.stays s WHERE s.admitted_at < $2 AND (s.discharged_at IS NULL OR s.discharged_at >= $2)
                AND ${stayFilter('ward_id')}) AS open
       FROM analytics.stays s
      WHERE s.discharged_at >= $1 AND s.discharged_at < $2 AND ${stayFilter('ward_id')}`,
    params(scope, scope.timeZone),
  );
  const stays = los?.stays ?? 0;
  return [
    row({ section: SECTION_LOS, measure: 'stays discharged', value: stays }),
    row({
      section: SECTION_LOS,
      measure: 'average length of stay (days)',
      value: round2(los?.mean),
      denominator: stays,
    }),
    row({
      section: SECTION_LOS,
      measure: 'median length of stay (days)',
      value: round2(los?.median),
      denominator: stays,
    }),
    row({ section: SECTION_LOS, measure: 'same-day discharges', value: los?.same_day ?? 0, denominator: stays }),
    row({
      section: SECTION_LOS,
      measure: 'stays still open at the end of the period',
      value: los?.open ?? 0,
      note: 'not counted in the length of stay',
    }),
  ];
}

/** Discharges in the period by disposition. */
export async function dispositions(sql: Sql, scope: OutcomeScope): Promise<ReportRow[]> {
  const rows = await sql.query<{ disposition: string; n: number }>(
    `SELECT s.disposition, count(*)::int AS n FROM analytics.stays s
      WHERE s.discharged_at >= $1 AND s.discharged_at < $2 AND ${stayFilter('ward_id')}
      GROUP BY s.disposition ORDER BY n DESC, s.disposition`,
    params(scope),
  );
  const total = rows.reduce((n, r) => n + r.n, 0);
  return rows.map((r) =>
    row({
      section: 'Discharge dispositions',
      measure: 'discharges (%)',
      subject: r.disposition,
      value: percent(r.n, total),
      numerator: r.n,
      denominator: total,
    }),
  );
}

/**
 * Readmissions: of the index discharges in the period (alive, not transferred to another facility), those followed
 * by an admission of the same person, to any ward, within `days` of the discharge. The person is the record that
 * stays after merges of duplicates: a readmission under a duplicate record, merged since, counts.
 */
export async function readmissions(sql: Sql, scope: OutcomeScope, days: number): Promise<ReportRow[]> {
  const [r] = await sql.query<{ index: number; readmitted: number; open: number }>(
    `SELECT count(*)::int AS index,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM analytics.stays n
               WHERE n.patient_id = ANY (ARRAY(
                       SELECT person.id UNION ALL SELECT m.merged_id FROM analytics.patient_merges m WHERE m.survivor_id = person.id))
                 AND n.admitted_at > s.discharged_at AND n.admitted_at <= s.discharged_at + make_interval(days => $6)))::int AS readmitted,
            count(*) FILTER (WHERE s.discharged_at + make_interval(days => $6) > $7::timestamptz)::int AS open
       FROM analytics.stays s
      CROSS JOIN LATERAL (SELECT coalesce(
        (SELECT m.survivor_id FROM analytics.patient_merges m WHERE m.merged_id = s.patient_id), s.patient_id) AS id) person
      WHERE s.discharged_at >= $1 AND s.discharged_at < $2
        AND s.disposition NOT IN ('deceased', 'transfer-to-other-facility') AND ${stayFilter('ward_id')}`,
    params(scope, days, scope.now),
  );
  const index = r?.index ?? 0;
  const readmitted = r?.readmitted ?? 0;
  return [
    row({
      section: 'Readmissions',
      measure: `${days}-day readmission rate (%)`,
      value: percent(readmitted, index),
      numerator: readmitted,
      denominator: index,
      note:
        (r?.open ?? 0) > 0
          ? `${r?.open} of these discharges are less than ${days} days old: the rate may still rise`
          : '',
    }),
  ];
}

/** Admissions (by admitting ward) and outpatient visits (attended appointments) per day, week or month. */
export async function activityPerPeriod(sql: Sql, scope: OutcomeScope, interval: string): Promise<ReportRow[]> {
  const admissions = await sql.query<{ bucket: string; n: number }>(
    `SELECT to_char(date_trunc($7, s.admitted_at AT TIME ZONE $6), 'YYYY-MM-DD') AS bucket, count(*)::int AS n
       FROM analytics.stays s WHERE s.admitted_at >= $1 AND s.admitted_at < $2 AND ${stayFilter('admission_ward_id')}
      GROUP BY 1 ORDER BY 1`,
    params(scope, scope.timeZone, interval),
  );
  const visits = await sql.query<{ bucket: string; n: number }>(
    `SELECT to_char(date_trunc($4, a.starts_at AT TIME ZONE $3), 'YYYY-MM-DD') AS bucket, count(*)::int AS n
       FROM analytics.appointments a
      WHERE a.starts_at >= $1 AND a.starts_at < $2 AND a.status IN ('completed', 'checked-in')
        AND ($5::text IS NULL OR a.practitioner_id::text = $5)
      GROUP BY 1 ORDER BY 1`,
    [scope.startAt, scope.endAt, scope.timeZone, interval, scope.practitionerId] as never[],
  );
  return [
    ...admissions.map((a) => row({ section: 'Activity', measure: 'admissions', period: a.bucket, value: a.n })),
    ...visits.map((v) => row({ section: 'Activity', measure: 'outpatient visits', period: v.bucket, value: v.n })),
  ];
}
