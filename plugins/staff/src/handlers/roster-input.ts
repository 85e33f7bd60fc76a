import { addDays, InvariantViolation, NotFoundError, type Sql } from '@hms/sdk';
import type { ShiftTypeInput } from '../contracts/ward-shifts.contracts';
import type { ContractTerm } from '../contracts/schemas';
import { contractedWeeklyHours, termOn } from '../domain/employee/contract-terms';
import type { Assignment, HeldSkill, RosterInput, RosterPeriod, RosterRules } from '../domain/roster/roster.model';
import { DATES_OUT_OF_ORDER, WARD_SHIFTS_NOT_DEFINED } from '../errors';
import type { StaffRules } from '../options';

/**
 * The hospital's roster rules from its options (by default the Working Time Directive's 11 hours' rest and 48
 * hours a week, and nights or weekends no more than one apart between people).
 */
export const rosterRules = (rules: StaffRules): Omit<RosterRules, 'timeZone'> => ({
  minRestHours: rules.minRestHours,
  maxHoursPerWeek: rules.maxWeeklyHours,
  fairnessTolerance: rules.fairnessTolerance,
});
/** Longer periods are split: a roster is planned a few weeks at a time. */
export const MAX_ROSTER_DAYS = 42;

interface StaffRow {
  id: string;
  terms: ContractTerm[];
  last_day: string | null;
  licences: { skills: string[]; validFrom: string; expiresOn: string }[];
}

/**
 * Everything the generator and the checker need about a ward and a period, read in four statements: the ward's
 * shift types, the people of the department employed during the period (their skills from their licences, each
 * valid until the licence's expiry; their weekly ceiling the lower of the hospital's and their contracted hours,
 * so a 0.6 post is not rostered full time: extra hours are added by hand), approved leave, and the published
 * shifts of the two days before (rest and weekly hours count them).
 */
export async function loadRosterInput(
  sql: Sql,
  wardId: string,
  period: RosterPeriod,
  options: StaffRules,
): Promise<RosterInput> {
  checkPeriod(wardId, period);
  const hospital = rosterRules(options);
  const [ward] = await sql.query<{ time_zone: string; shift_types: ShiftTypeInput[] }>(
    `SELECT time_zone, shift_types FROM staff.ward_shifts WHERE ward_id = $1`,
    [wardId],
  );
  if (ward === undefined) {
    throw new NotFoundError(
      WARD_SHIFTS_NOT_DEFINED,
      { wardId },
      { message: 'Define the ward’s shift types before rostering it.' },
    );
  }
  const people = await sql.query<StaffRow>(
    `SELECT e.id, e.terms, to_char(e.last_day, 'YYYY-MM-DD') AS last_day,
            coalesce((SELECT jsonb_agg(jsonb_build_object('skills', l.skills,
                        'validFrom', to_char(l.valid_from, 'YYYY-MM-DD'), 'expiresOn', to_char(l.expires_on, 'YYYY-MM-DD')))
                        FROM staff.licences l WHERE l.employee_id = e.id), '[]') AS licences
       FROM staff.employees e
      WHERE e.department_id = $1 AND e.first_day <= $3::date AND (e.last_day IS NULL OR e.last_day >= $2::date)
      ORDER BY e.id`,
    [wardId, period.from, period.to],
  );
  const leave = await sql.query<{ employee_id: string; from: string; to: string }>(
    `SELECT r.employee_id, to_char(r.from_date, 'YYYY-MM-DD') AS "from", to_char(r.to_date, 'YYYY-MM-DD') AS "to"
       FROM staff.leave_requests r JOIN staff.employees e ON e.id = r.employee_id
      WHERE e.department_id = $1 AND r.status = 'approved' AND r.from_date <= $3::date AND r.to_date >= $2::date`,
    [wardId, addDays(period.from, -2), period.to],
  );
  const before = await sql.query<{ assignments: Assignment[] }>(
    `SELECT assignments FROM staff.rosters WHERE ward_id = $1 AND period_to >= $2::date AND period_from < $3::date`,
    [wardId, addDays(period.from, -2), period.from],
  );
  return {
    period,
    staff: people.map((p) => ({
      employeeId: p.id,
      wardIds: [wardId],
      skills: skillsOf(p.licences, period.from),
      maxHoursPerWeek: weeklyCeiling(p.terms, period.from, p.last_day, hospital.maxHoursPerWeek),
    })),
    shiftTypes: ward.shift_types.map((t) => ({ ...t, wardId })),
    leave: leave.map((l) => ({ employeeId: l.employee_id, from: l.from, to: l.to })),
    rules: { ...hospital, timeZone: ward.time_zone },
    before: before
      .flatMap((r) => r.assignments)
      .filter((a) => a.date >= addDays(period.from, -2) && a.date < period.from),
  };
}

/** Licensed skills, each valid until the latest expiry among the licences already valid when the period starts. */
function skillsOf(licences: StaffRow['licences'], from: string): HeldSkill[] {
  const until = new Map<string, string>();
  for (const licence of licences) {
    if (licence.validFrom > from) continue;
    for (const skill of licence.skills) {
      const known = until.get(skill);
      if (known === undefined || known < licence.expiresOn) until.set(skill, licence.expiresOn);
    }
  }
  return [...until.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([skill, validUntil]) => ({ skill, validUntil }));
}

function weeklyCeiling(
  terms: readonly ContractTerm[],
  date: string,
  lastDay: string | null,
  hospitalCeiling: number,
): number {
  const term = termOn(terms, date, lastDay) ?? terms[terms.length - 1];
  const contracted = term === undefined ? hospitalCeiling : contractedWeeklyHours(term);
  return Math.min(hospitalCeiling, contracted);
}

function checkPeriod(wardId: string, period: RosterPeriod): void {
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000 + 1;
  if (days < 1 || days > MAX_ROSTER_DAYS) {
    throw new InvariantViolation(
      DATES_OUT_OF_ORDER,
      { from: period.from, to: period.to },
      { message: `A roster covers 1 to ${MAX_ROSTER_DAYS} days (ward ${wardId}).` },
    );
  }
}
