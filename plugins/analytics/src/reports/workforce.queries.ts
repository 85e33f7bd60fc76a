import type { Sql } from '@hms/sdk';
import { percent, round2, row, type ReportRow } from './report-rows';

/** The period and filter of a workforce query: whole local days, and optionally one department (a ward's id). */
export interface WorkforceScope {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly now: string;
  readonly departmentId: string | null;
}

/** The period's bounds as instants: `$2` from the first day's local midnight, `$3` to the day after the last's. */
const BOUNDS = `($2::date::timestamp AT TIME ZONE $1)`;
const END = `(($3::date + 1)::timestamp AT TIME ZONE $1)`;
const params = (s: WorkforceScope): unknown[] => [s.timeZone, s.from, s.to, s.departmentId];

/** Hours of an interval clipped to the period. */
const clippedHours = (start: string, end: string): string =>
  `EXTRACT(EPOCH FROM (LEAST(${end}, ${END}) - GREATEST(${start}, ${BOUNDS}))) / 3600`;

/**
 * Staff hours per department: hours clocked (sessions that ended) and hours on published rosters, both clipped to
 * the period, and the share of rostered hours worked. Employees are counted in their current department.
 */
export async function staffHours(sql: Sql, scope: WorkforceScope): Promise<ReportRow[]> {
  const rows = await sql.query<{ department_id: string; clocked: string; rostered: string }>(
    `WITH clocked AS (
       SELECT m.department_id, SUM(${clippedHours('c.clocked_in_at', 'c.clocked_out_at')}) AS hours
         FROM analytics.staff_clocked c JOIN analytics.staff_members m USING (employee_id)
        WHERE c.clocked_in_at < ${END} AND c.clocked_out_at > ${BOUNDS} AND ($4::uuid IS NULL OR m.department_id = $4)
        GROUP BY m.department_id),
     rostered AS (
       SELECT m.department_id, SUM(${clippedHours('r.start_at', 'r.end_at')}) AS hours
         FROM analytics.staff_rostered r JOIN analytics.staff_members m USING (employee_id)
        WHERE r.start_at < ${END} AND r.end_at > ${BOUNDS} AND ($4::uuid IS NULL OR m.department_id = $4)
        GROUP BY m.department_id)
     SELECT department_id::text, COALESCE(c.hours, 0)::text AS clocked, COALESCE(r.hours, 0)::text AS rostered
       FROM clocked c FULL JOIN rostered r USING (department_id) ORDER BY department_id`,
    params(scope) as never[],
  );
  return rows.flatMap((r) => {
    const clocked = round2(r.clocked) ?? 0;
    const rostered = round2(r.rostered) ?? 0;
    const section = 'Staff hours';
    return [
      row({ section, measure: 'hours worked (clocked)', subject: r.department_id, value: clocked }),
      row({ section, measure: 'hours rostered', subject: r.department_id, value: rostered }),
      row({
        section,
        measure: 'rostered hours worked %',
        subject: r.department_id,
        value: percent(clocked, rostered),
        numerator: clocked,
        denominator: rostered,
      }),
    ];
  });
}

/** The contracted weekly hours in force on a day: the latest term that started by then (the first before any). */
export function contractedHours(terms: readonly { from: string; hours: number }[], day: string): number {
  const sorted = [...terms].sort((a, b) => a.from.localeCompare(b.from));
  return (sorted.filter((t) => t.from <= day).at(-1) ?? sorted[0])?.hours ?? 0;
}

/**
 * Overtime per department: for each person and week (Monday to Sunday, local) starting in the period, the hours
 * clocked beyond their contracted weekly hours (FTE × full-time hours). Staff also pays time past a shift's end
 * (its other overtime rule); this is the weekly measure a manager plans with.
 */
export async function staffOvertime(sql: Sql, scope: WorkforceScope): Promise<ReportRow[]> {
  const weeks = await sql.query<{
    department_id: string;
    week: string;
    hours: string;
    weekly_hours: { from: string; hours: number }[];
  }>(
    `SELECT m.department_id::text, to_char(w.week, 'YYYY-MM-DD') AS week, w.hours::text, m.weekly_hours
       FROM (SELECT employee_id, date_trunc('week', clocked_in_at AT TIME ZONE $1)::date AS week,
                    SUM(EXTRACT(EPOCH FROM (clocked_out_at - clocked_in_at)) / 3600) AS hours
               FROM analytics.staff_clocked GROUP BY 1, 2) w
       JOIN analytics.staff_members m USING (employee_id)
      WHERE w.week BETWEEN $2::date AND $3::date AND ($4::uuid IS NULL OR m.department_id = $4)`,
    params(scope) as never[],
  );
  const byDepartment = new Map<string, { overtime: number; clocked: number }>();
  for (const w of weeks) {
    const hours = Number(w.hours);
    const total = byDepartment.get(w.department_id) ?? { overtime: 0, clocked: 0 };
    total.overtime += Math.max(0, hours - contractedHours(w.weekly_hours, w.week));
    total.clocked += hours;
    byDepartment.set(w.department_id, total);
  }
  return [...byDepartment.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([department, t]) =>
      row({
        section: 'Overtime',
        measure: 'hours beyond contracted weekly hours',
        subject: department,
        value: round2(t.overtime),
        numerator: round2(t.overtime),
        denominator: round2(t.clocked),
        note: 'weeks starting in the period; denominator: hours clocked in those weeks',
      }),
    );
}

/**
 * Absence rate per department: rostered working windows that have ended, in the period, with no clocked session
 * overlapping them, among those whose person was not on approved leave that day.
 */
export async function staffAbsence(sql: Sql, scope: WorkforceScope): Promise<ReportRow[]> {
  const rows = await sql.query<{ department_id: string; rostered: number; on_leave: number; absent: number }>(
    `SELECT m.department_id::text, COUNT(*)::int AS rostered,
            COUNT(*) FILTER (WHERE x.on_leave)::int AS on_leave,
            COUNT(*) FILTER (WHERE NOT x.on_leave AND NOT x.worked)::int AS absent
       FROM (SELECT r.employee_id,
                    EXISTS (SELECT 1 FROM analytics.staff_leave l WHERE l.employee_id = r.employee_id
                              AND l.status = 'approved' AND r.day BETWEEN l.from_day AND l.to_day) AS on_leave,
                    EXISTS (SELECT 1 FROM analytics.staff_clocked c WHERE c.employee_id = r.employee_id
                              AND c.clocked_in_at < r.end_at AND c.clocked_out_at > r.start_at) AS worked
               FROM analytics.staff_rostered r
              WHERE r.day BETWEEN $2::date AND $3::date AND r.end_at <= $5::timestamptz) x
       JOIN analytics.staff_members m USING (employee_id)
      WHERE ($4::uuid IS NULL OR m.department_id = $4) AND $1::text IS NOT NULL
      GROUP BY m.department_id ORDER BY m.department_id`,
    [...params(scope), scope.now] as never[],
  );
  return rows.map((r) =>
    row({
      section: 'Absence',
      measure: 'rostered shifts missed %',
      subject: r.department_id,
      value: percent(r.absent, r.rostered - r.on_leave),
      numerator: r.absent,
      denominator: r.rostered - r.on_leave,
      note: `${r.on_leave} on approved leave left out`,
    }),
  );
}

/**
 * Training compliance per department and per course on the last day of the period: of the mandatory courses
 * each employee's position needs, those completed and still valid (a course valid N months from its completion
 * date, the day before the same date N months on being the last valid day, as staff counts it).
 */
export async function trainingCompliance(sql: Sql, scope: WorkforceScope): Promise<ReportRow[]> {
  const rows = await sql.query<{ department_id: string; course_code: string; required: number; compliant: number }>(
    `SELECT m.department_id::text, t.course_code, COUNT(*)::int AS required,
            COUNT(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM analytics.staff_training_completions c
               WHERE c.employee_id = m.employee_id AND c.course_code = t.course_code AND c.completed_on <= $3::date
                 AND (t.valid_for_months IS NULL
                      OR c.completed_on + make_interval(months => t.valid_for_months) > $3::date)))::int AS compliant
       FROM analytics.staff_members m JOIN analytics.staff_mandatory_training t ON m.position = ANY (t.positions)
      WHERE m.first_day <= $3::date AND (m.last_day IS NULL OR m.last_day >= $3::date)
        AND ($4::uuid IS NULL OR m.department_id = $4) AND $1::text IS NOT NULL AND $2::date IS NOT NULL
      GROUP BY m.department_id, t.course_code ORDER BY m.department_id, t.course_code`,
    params(scope) as never[],
  );
  const section = 'Training compliance';
  const departments = new Map<string, { required: number; compliant: number }>();
  const courses = new Map<string, { required: number; compliant: number }>();
  for (const r of rows) {
    for (const [map, key] of [
      [departments, r.department_id],
      [courses, r.course_code],
    ] as const) {
      const total = map.get(key) ?? { required: 0, compliant: 0 };
      total.required += r.required;
      total.compliant += r.compliant;
      map.set(key, total);
    }
  }
  const line = (measure: string, subject: string, t: { required: number; compliant: number }): ReportRow =>
    row({
      section,
      measure,
      subject,
      period: scope.to,
      value: percent(t.compliant, t.required),
      numerator: t.compliant,
      denominator: t.required,
    });
  return [
    ...[...departments.entries()].map(([d, t]) => line('mandatory training in date % (department)', d, t)),
    ...[...courses.entries()].map(([c, t]) => line('mandatory training in date % (course)', c, t)),
  ];
}

/**
 * Staff cost per department: the gross pay of the calculated (or locked) pay runs whose period overlaps the
 * report's, per department (as it was when the run was calculated), pay period and currency, in the currency's
 * minor units (cents), never summed across currencies.
 */
export async function staffCost(sql: Sql, scope: WorkforceScope): Promise<ReportRow[]> {
  const rows = await sql.query<{
    department_id: string | null;
    period: string;
    currency: string;
    gross: string;
    people: number;
  }>(
    `SELECT department_id::text, to_char(period_from, 'YYYY-MM-DD') AS period, currency, SUM(gross)::text AS gross,
            COUNT(*)::int AS people
       FROM analytics.staff_pay
      WHERE period_from <= $3::date AND period_to >= $2::date AND ($4::uuid IS NULL OR department_id = $4)
        AND $1::text IS NOT NULL
      GROUP BY department_id, period_from, currency ORDER BY period_from, department_id, currency`,
    params(scope) as never[],
  );
  return rows.map((r) =>
    row({
      section: 'Staff cost',
      measure: `gross pay (${r.currency}, minor units)`,
      subject: r.department_id ?? 'unknown department',
      period: r.period,
      value: Number(r.gross),
      note: `${r.people} payslips`,
    }),
  );
}
