import { checkRoster } from './roster-check';
import { generateRoster } from './roster-generator';
import type { RosterInput, RosterStaff, ShiftType } from './roster.model';

const WARD = 'ward-3';
const early: ShiftType = {
  wardId: WARD,
  code: 'E',
  start: '07:00',
  end: '15:00',
  unpaidBreakMinutes: 30,
  requirements: [
    { skill: 'rn', min: 1 },
    { skill: 'hca', min: 1 },
  ],
};
const night: ShiftType = {
  wardId: WARD,
  code: 'N',
  start: '21:00',
  end: '07:30',
  unpaidBreakMinutes: 30,
  requirements: [{ skill: 'rn', min: 1 }],
};
const nurse = (id: string, validUntil: string | null = null): RosterStaff => ({
  employeeId: id,
  wardIds: [WARD],
  skills: [{ skill: 'rn', validUntil }],
  maxHoursPerWeek: 48,
});
const hca = (id: string): RosterStaff => ({
  employeeId: id,
  wardIds: [WARD],
  skills: [{ skill: 'hca', validUntil: null }],
  maxHoursPerWeek: 48,
});
const input = (overrides: Partial<RosterInput> = {}): RosterInput => ({
  period: { from: '2027-03-01', to: '2027-03-07' },
  staff: [nurse('rn-1'), nurse('rn-2'), nurse('rn-3'), hca('hca-1'), hca('hca-2')],
  shiftTypes: [early, night],
  leave: [],
  rules: { timeZone: 'Europe/London', minRestHours: 11, maxHoursPerWeek: 48, fairnessTolerance: 1 },
  ...overrides,
});

describe(generateRoster.name, () => {
  it('covers every shift of the week within the rules, with nights spread evenly', () => {
    const roster = generateRoster(input());
    expect(roster.uncovered).toEqual([]);
    expect(roster.assignments).toHaveLength(7 * 3);
    expect(checkRoster(input(), roster.assignments)).toEqual([]);
    const nights = ['rn-1', 'rn-2', 'rn-3'].map(
      (id) => roster.assignments.filter((a) => a.employeeId === id && a.shiftCode === 'N').length,
    );
    expect(Math.max(...nights) - Math.min(...nights)).toBeLessThanOrEqual(1);
  });

  it('keeps people on leave, with an expired licence or at their weekly limit off, and explains the shortfall in words', () => {
    // rn-1 on leave all week, rn-2's registration lapses after 2 March: rn-3 alone cannot cover an early and a
    // night every day (a night ends 07:30, too close to the next early). One HCA for 7 earlies of 7.5 h: the
    // seventh would make 52.5 h against the 48-hour limit.
    const scenario = input({
      staff: [nurse('rn-1'), nurse('rn-2', '2027-03-02'), nurse('rn-3'), hca('hca-1')],
      leave: [{ employeeId: 'rn-1', from: '2027-03-01', to: '2027-03-07' }],
    });
    const roster = generateRoster(scenario);
    expect(roster.assignments.some((a) => a.employeeId === 'rn-1')).toBe(false);
    expect(roster.assignments.some((a) => a.employeeId === 'rn-2' && a.date > '2027-03-02')).toBe(false);
    const nurseShort = roster.uncovered.filter((u) => u.skill === 'rn' && u.date === '2027-03-07');
    expect(nurseShort).toHaveLength(1);
    expect(nurseShort[0]?.because).toEqual(expect.arrayContaining(['leave', 'licence']));
    expect(nurseShort[0]?.message).toMatch(
      /^Ward ward-3, shift [EN] on 2027-03-07: 0 of 1 rn rostered; .*1 on leave, 1 licence expired by the shift/,
    );
    expect(roster.uncovered.filter((u) => u.skill === 'hca').map((u) => u.message)).toEqual([
      expect.stringMatching(/: 0 of 1 hca rostered; 1 over the weekly hours limit\.$/),
    ]);
    expect(
      checkRoster(scenario, roster.assignments).filter((b) => b.severity === 'hard' && b.rule !== 'min-staff'),
    ).toEqual([]);
  });

  it('names a skill nobody on the ward holds', () => {
    const icu: ShiftType = { ...early, code: 'I', requirements: [{ skill: 'icu', min: 2 }] };
    const [first] = generateRoster(
      input({ shiftTypes: [icu], period: { from: '2027-03-01', to: '2027-03-01' } }),
    ).uncovered;
    expect(first).toMatchObject({ skill: 'icu', needed: 2, assigned: 0, because: ['skill'] });
    expect(first?.message).toBe(
      'Ward ward-3, shift I on 2027-03-01: 0 of 2 icu rostered; only 0 on the ward hold icu.',
    );
  });

  it('gives the same roster for the same input', () =>
    expect(generateRoster(input())).toEqual(generateRoster(input())));
});
