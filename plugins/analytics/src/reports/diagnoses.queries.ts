import type { Sql } from '@hms/sdk';
import type { OutcomeScope } from './outcomes.queries';
import { percent, row, type ReportRow } from './report-rows';

const SECTION = 'Most frequent diagnoses';
const TOP = 10;

/**
 * The ten ICD-10 codes recorded as diagnoses (not problems) in the period, each counted once per encounter (a
 * diagnosis recorded outside an encounter counts once on its own), with the share of the encounters that got any
 * diagnosis. The ward and department filters keep inpatient encounters of stays on those wards (the ward the stay
 * ended on, or is on); outpatient encounters have no ward and drop out under those filters.
 */
export async function topDiagnoses(sql: Sql, scope: OutcomeScope): Promise<ReportRow[]> {
  const rows = await sql.query<{ code: string; n: number; total: number }>(
    `WITH coded AS (
       SELECT DISTINCT coalesce(d.encounter_id, d.problem_id) AS unit, d.code
         FROM analytics.diagnoses d
         LEFT JOIN analytics.encounters e ON e.encounter_id = d.encounter_id
         LEFT JOIN analytics.stays s ON s.stay_id = e.stay_id
        WHERE d.kind = 'diagnosis' AND d.recorded_at >= $1 AND d.recorded_at < $2
          AND ($3::uuid IS NULL OR s.ward_id = $3)
          AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM analytics.wards w WHERE w.ward_id = s.ward_id AND w.specialty = $4))
     )
     SELECT code, count(*)::int AS n, (SELECT count(DISTINCT unit)::int FROM coded) AS total
       FROM coded GROUP BY code ORDER BY n DESC, code LIMIT ${TOP}`,
    [scope.startAt, scope.endAt, scope.wardId, scope.department],
  );
  if (rows.length === 0)
    return [
      row({
        section: SECTION,
        measure: 'encounters with the diagnosis',
        value: 0,
        note: 'no diagnoses recorded in the period',
      }),
    ];
  return rows.map((r) =>
    row({
      section: SECTION,
      measure: 'encounters with the diagnosis',
      subject: r.code,
      value: r.n,
      numerator: r.n,
      denominator: r.total,
      note: `${percent(r.n, r.total)} % of encounters with a diagnosis`,
    }),
  );
}
