import type { PayInput, RosterInput, RosterStaff, ShiftType } from '@hms/plugin-staff';

/** A deterministic pseudo-random sequence (the same scenario every run). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export const PERIOD = { from: '2027-03-01', to: '2027-03-28' };

/**
 * A hospital of `wards` wards with `perWard` staff each (70 % registered nurses, 30 % healthcare assistants), three
 * shifts a day (early, late, night) with minimum staffing per skill, 5 % of people on a week of leave, and 2 % of
 * nurses whose registration lapses mid-month.
 */
export function rosterScenario(wards: number, perWard: number): RosterInput {
  const random = lcg(14);
  const shiftTypes: ShiftType[] = [];
  const staff: RosterStaff[] = [];
  const leave: { employeeId: string; from: string; to: string }[] = [];
  for (let w = 0; w < wards; w++) {
    const wardId = `ward-${w}`;
    shiftTypes.push(
      shift(wardId, 'E', '07:00', '15:00', 30, [
        ['rn', 3],
        ['hca', 2],
      ]),
      shift(wardId, 'L', '14:30', '21:30', 30, [
        ['rn', 3],
        ['hca', 1],
      ]),
      shift(wardId, 'N', '21:00', '07:30', 30, [
        ['rn', 2],
        ['hca', 1],
      ]),
    );
    for (let p = 0; p < perWard; p++) {
      const employeeId = `w${w}-p${p}`;
      const nurse = p < Math.round(perWard * 0.7);
      const lapses = nurse && random() < 0.02;
      staff.push({
        employeeId,
        wardIds: [wardId],
        skills: [{ skill: nurse ? 'rn' : 'hca', validUntil: nurse ? (lapses ? '2027-03-14' : '2030-01-01') : null }],
        maxHoursPerWeek: 48,
      });
      if (random() < 0.05) {
        const start = 1 + Math.floor(random() * 21);
        const from = `2027-03-${String(start).padStart(2, '0')}`;
        leave.push({ employeeId, from, to: `2027-03-${String(start + 6).padStart(2, '0')}` });
      }
    }
  }
  return {
    period: PERIOD,
    staff,
    shiftTypes,
    leave,
    rules: { timeZone: 'Europe/Lisbon', minRestHours: 11, maxHoursPerWeek: 48, fairnessTolerance: 2 },
  };
}

function shift(
  wardId: string,
  code: string,
  start: string,
  end: string,
  unpaidBreakMinutes: number,
  needs: readonly (readonly [string, number])[],
): ShiftType {
  return { wardId, code, start, end, unpaidBreakMinutes, requirements: needs.map(([skill, min]) => ({ skill, min })) };
}

/**
 * `count` payslip inputs for March 2027: salaries on a spread of grades, part-timers, a tenth starting mid-month,
 * a tenth with a pay rise on the 10th, overtime for a third, unpaid leave for a twentieth, and five rules.
 */
export function payInputs(count: number): PayInput[] {
  const random = lcg(2027);
  const policy: PayInput['policy'] = {
    currency: 'EUR',
    overtimeMultiplier: 1.5,
    rules: [
      { code: 'UNIFORM', label: 'Uniform allowance', kind: 'earning', basis: 'fixed', amount: 2500 },
      { code: 'NIGHT', label: 'Night enhancement', kind: 'earning', basis: 'per-hour', hoursOf: 'night', amount: 300 },
      { code: 'PENSION', label: 'Pension', kind: 'deduction', basis: 'percent', of: 'basic', basisPoints: 500 },
      { code: 'TAX', label: 'Income tax', kind: 'deduction', basis: 'percent', of: 'gross', basisPoints: 2000 },
      { code: 'UNION', label: 'Union dues', kind: 'deduction', basis: 'fixed', amount: 1200 },
    ],
  };
  return Array.from({ length: count }, (_, i) => {
    const salary = 2_800_000 + Math.floor(random() * 40) * 50_000;
    const base = {
      termId: `t${i}`,
      to: null,
      type: 'permanent' as const,
      fte: random() < 0.2 ? 0.6 : 1,
      fullTimeWeeklyHours: 37.5,
      payGrade: 'N5',
      annualSalary: { amount: salary, currency: 'EUR' },
    };
    const starts = random() < 0.1 ? '2027-03-15' : '2020-01-01';
    const terms =
      random() < 0.1
        ? [
            { ...base, from: starts },
            {
              ...base,
              termId: `r${i}`,
              from: '2027-03-10',
              annualSalary: { amount: salary + 100_000, currency: 'EUR' },
            },
          ]
        : [{ ...base, from: starts }];
    return {
      employeeId: `e${i}`,
      period: { from: '2027-03-01', to: '2027-03-31' },
      terms: starts === '2027-03-15' ? [terms[0] ?? { ...base, from: starts }] : terms,
      lastDay: null,
      overtime: random() < 0.33 ? [{ date: '2027-03-08', minutes: 30 + Math.floor(random() * 240) }] : [],
      unpaidLeaveDates: random() < 0.05 ? ['2027-03-22', '2027-03-23'] : [],
      minutes: { worked: 9_000, night: Math.floor(random() * 2_400), weekend: Math.floor(random() * 1_200) },
      policy,
    };
  });
}
