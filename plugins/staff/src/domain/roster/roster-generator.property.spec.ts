import fc from 'fast-check';
import { rosterInputArb } from '../../../test/roster-arbitraries';
import { brokenHardRules } from '../../../test/roster-oracle';
import { addDays } from '@hms/sdk';
import { checkRoster } from './roster-check';
import { generateRoster } from './roster-generator';
import type { RosterInput, RosterRule } from './roster.model';

const RUNS = { generated: 300, infeasible: 150 };
/** Generous: a few hundred small rosters take seconds, but the machine may be shared. */
const TIMEOUT = 120_000;
const shiftOf = (x: {
  shift?: { wardId: string; shiftCode: string; date: string };
  wardId?: string;
  shiftCode?: string;
  date?: string;
}): string =>
  x.shift ? `${x.shift.wardId}|${x.shift.shiftCode}|${x.shift.date}` : `${x.wardId}|${x.shiftCode}|${x.date}`;

describe('roster generator (property)', () => {
  it(
    'never breaks a hard rule, and reports every shortfall with the rules that caused it',
    () => {
      fc.assert(
        fc.property(rosterInputArb, (input) => {
          const roster = generateRoster(input);
          const breaches = checkRoster(input, roster.assignments);
          // No hard rule broken by anyone rostered (the checker is the same one a manual edit goes through).
          expect(breaches.filter((b) => b.severity === 'hard' && b.rule !== 'min-staff')).toEqual([]);
          // …and by the plain, independent statement of the same rules.
          expect(brokenHardRules(input, roster.assignments)).toEqual([]);
          // Every shift below its minimum is one uncovered need, and the other way round.
          expect(
            breaches
              .filter((b) => b.rule === 'min-staff')
              .map(shiftOf)
              .sort(),
          ).toEqual(roster.uncovered.map(shiftOf).sort());
          for (const need of roster.uncovered) {
            expect(need.assigned).toBeLessThan(need.needed);
            // Everyone who holds the skill and is not on the shift is kept off by a named rule.
            expect(need.because.length).toBeGreaterThan(0);
            expect(need.because).not.toContain('min-staff');
          }
        }),
        { numRuns: RUNS.generated },
      );
    },
    TIMEOUT,
  );

  const blockers: { rule: RosterRule; make: (input: RosterInput) => RosterInput }[] = [
    {
      rule: 'leave',
      make: (i) => ({
        ...i,
        leave: i.staff.map((s) => ({
          employeeId: s.employeeId,
          from: addDays(i.period.from, -1),
          to: addDays(i.period.to, 1),
        })),
      }),
    },
    {
      rule: 'licence',
      make: (i) => ({
        ...i,
        staff: i.staff.map((s) => ({
          ...s,
          skills: s.skills.map((k) => ({ ...k, validUntil: addDays(i.period.from, -1) })),
        })),
      }),
    },
    { rule: 'max-hours', make: (i) => ({ ...i, rules: { ...i.rules, maxHoursPerWeek: 0.5 } }) },
    { rule: 'skill', make: (i) => ({ ...i, staff: i.staff.map((s) => ({ ...s, skills: [] })) }) },
  ];

  /**
   * The scenario with every other blocker lifted (licences valid, no leave, no earlier shifts, hours ample), so one
   * rule decides.
   */
  const onlyThe = (blocker: (typeof blockers)[number], i: RosterInput): RosterInput =>
    blocker.make({
      ...i,
      leave: [],
      before: [],
      rules: { ...i.rules, maxHoursPerWeek: 60 },
      staff: i.staff.map((s) => ({
        ...s,
        maxHoursPerWeek: 60,
        skills: s.skills.map((k) => ({ ...k, validUntil: null })),
      })),
    });

  it(
    'when no valid roster exists, rosters nobody against the rule and names it for every need',
    () => {
      fc.assert(
        fc.property(rosterInputArb, fc.constantFrom(...blockers), (generated, blocker) => {
          const input = onlyThe(blocker, generated);
          const roster = generateRoster(input);
          expect(roster.assignments).toEqual([]);
          const shortfalls = checkRoster(input, []).filter((b) => b.rule === 'min-staff');
          expect(roster.uncovered).toHaveLength(shortfalls.length);
          for (const need of roster.uncovered) {
            // Either nobody on the ward holds the skill, or the forced rule keeps every holder off.
            expect(need.because.every((rule) => rule === blocker.rule || rule === 'skill')).toBe(true);
            expect(need.because.length).toBeGreaterThan(0);
            const holders = input.staff.filter(
              (p) => p.wardIds.includes(need.wardId) && p.skills.some((k) => k.skill === need.skill),
            ).length;
            expect(need.because.includes(blocker.rule)).toBe(blocker.rule === 'skill' || holders > 0);
            expect(need.because.includes('skill')).toBe(holders < need.needed);
          }
        }),
        { numRuns: RUNS.infeasible },
      );
    },
    TIMEOUT,
  );
});
