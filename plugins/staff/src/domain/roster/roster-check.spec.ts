import { checkRoster } from './roster-check';
import type { Assignment, RosterInput, ShiftType } from './roster.model';

const WARD = 'ward-3';
const early: ShiftType = {
  wardId: WARD,
  code: 'E',
  start: '07:00',
  end: '15:00',
  unpaidBreakMinutes: 0,
  requirements: [{ skill: 'rn', min: 1 }],
};
const late: ShiftType = {
  wardId: WARD,
  code: 'L',
  start: '14:00',
  end: '22:00',
  unpaidBreakMinutes: 0,
  requirements: [],
};
const input: RosterInput = {
  period: { from: '2027-03-01', to: '2027-03-02' },
  staff: [
    { employeeId: 'rn-1', wardIds: [WARD], skills: [{ skill: 'rn', validUntil: '2027-03-01' }], maxHoursPerWeek: 12 },
    { employeeId: 'hca-1', wardIds: [WARD], skills: [{ skill: 'hca', validUntil: null }], maxHoursPerWeek: 48 },
  ],
  shiftTypes: [early, late],
  leave: [{ employeeId: 'hca-1', from: '2027-03-02', to: '2027-03-02' }],
  rules: { timeZone: 'UTC', minRestHours: 11, maxHoursPerWeek: 48, fairnessTolerance: 2 },
};
const on = (employeeId: string, shiftCode: string, date: string, skill: string): Assignment => ({
  employeeId,
  wardId: WARD,
  shiftCode,
  date,
  skill,
});

describe(checkRoster.name, () => {
  it('accepts a roster within the rules', () =>
    expect(
      checkRoster({ ...input, period: { from: '2027-03-01', to: '2027-03-01' } }, [
        on('rn-1', 'E', '2027-03-01', 'rn'),
      ]),
    ).toEqual([]));

  it('lists every breach of a manual edit in words, naming the rule', () => {
    const breaches = checkRoster(input, [
      on('rn-1', 'E', '2027-03-01', 'rn'),
      on('rn-1', 'L', '2027-03-01', 'rn'), // overlaps the early, and 16 h in the week against a 12 h limit
      on('rn-1', 'E', '2027-03-02', 'rn'), // licence expired on 1 March; 9 h after the late
      on('hca-1', 'E', '2027-03-02', 'rn'), // not a nurse, and on leave
    ]);
    expect(breaches.map((b) => [b.rule, b.message])).toEqual([
      ['licence', 'rn-1 on ward ward-3 shift E on 2027-03-02 as rn: licence expired by the shift.'],
      ['skill', 'hca-1 on ward ward-3 shift E on 2027-03-02 as rn: without the skill on this ward.'],
      ['double-booked', 'rn-1 on ward ward-3 shift L on 2027-03-01: already on an overlapping shift.'],
      ['max-hours', 'rn-1 in the week of 2027-03-01: over 12 h (ward ward-3 shift L on 2027-03-01 goes over).'],
      ['rest', 'rn-1 on ward ward-3 shift E on 2027-03-02: less than 11 h rest between shifts.'],
    ]);
    expect(breaches.every((b) => b.severity === 'hard')).toBe(true);
  });

  it('counts the shifts just before the period for rest, without judging them', () => {
    const afterALate = {
      ...input,
      period: { from: '2027-03-01', to: '2027-03-01' },
      before: [on('rn-1', 'L', '2027-02-28', 'rn')],
    };
    expect(checkRoster(afterALate, [on('rn-1', 'E', '2027-03-01', 'rn')]).map((b) => b.message)).toEqual([
      'rn-1 on ward ward-3 shift E on 2027-03-01: less than 11 h rest between shifts.',
    ]);
  });

  it('reports a shift below its minimum', () =>
    expect(checkRoster(input, [on('rn-1', 'E', '2027-03-01', 'rn')]).map((b) => b.message)).toEqual([
      'Ward ward-3, shift E on 2027-03-02: 0 of 1 rn.',
    ]));

  it('warns (soft) when nights are spread unevenly among the people available all period', () => {
    const night: ShiftType = {
      wardId: WARD,
      code: 'N',
      start: '21:00',
      end: '07:00',
      unpaidBreakMinutes: 0,
      requirements: [{ skill: 'rn', min: 1 }],
    };
    const nurse = (employeeId: string): RosterInput['staff'][number] => ({
      employeeId,
      wardIds: [WARD],
      skills: [{ skill: 'rn', validUntil: null }],
      maxHoursPerWeek: 48,
    });
    const week: RosterInput = {
      ...input,
      period: { from: '2027-03-01', to: '2027-03-04' },
      staff: [nurse('rn-a'), nurse('rn-b'), nurse('rn-c')],
      shiftTypes: [night],
      leave: [{ employeeId: 'rn-c', from: '2027-03-04', to: '2027-03-04' }],
      rules: { ...input.rules, minRestHours: 0, fairnessTolerance: 2 },
    };
    const nights = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04'].map((date) => on('rn-a', 'N', date, 'rn'));
    // rn-c is on leave one day, so only rn-a (4) and rn-b (0) are compared.
    expect(checkRoster(week, nights)).toEqual([
      {
        rule: 'fairness',
        severity: 'soft',
        employeeId: 'rn-a',
        message: 'nights: rn-a has 4, rn-b has 0 (more than 2 apart).',
      },
    ]);
  });
});
