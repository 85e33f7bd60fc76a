import fc from 'fast-check';
import { addDays } from '@hms/sdk';
import type { RosterInput, ShiftType } from '../src/domain/roster/roster.model';

const SKILLS = ['rn', 'hca', 'icu'] as const;
const WARDS = ['ward-a', 'ward-b'] as const;
/** Periods that cross clock changes in the zones below, and plain ones. */
const STARTS = ['2027-03-22', '2027-03-26', '2027-10-28', '2027-04-01', '2027-06-14'] as const;
const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'Australia/Sydney'] as const;

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const shiftTypeArb = (wardId: string, code: string): fc.Arbitrary<ShiftType> =>
  fc
    .record({
      startMinutes: fc.integer({ min: 0, max: 47 }).map((half) => half * 30),
      durationMinutes: fc.integer({ min: 8, max: 26 }).map((half) => half * 30),
      unpaidBreakMinutes: fc.constantFrom(0, 30),
      requirements: fc.uniqueArray(
        fc.record({ skill: fc.constantFrom(...SKILLS), min: fc.integer({ min: 1, max: 3 }) }),
        { minLength: 1, maxLength: 3, selector: (r) => r.skill },
      ),
      weekdays: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }), {
        nil: undefined,
      }),
    })
    .map(({ startMinutes, durationMinutes, weekdays, ...rest }) => ({
      wardId,
      code,
      start: hhmm(startMinutes),
      end: hhmm(startMinutes + durationMinutes),
      ...rest,
      ...(weekdays === undefined ? {} : { weekdays }),
    }));

/** Any small roster problem: wards, shift types, staff with skills and licences, leave, rules, a period. */
export const rosterInputArb: fc.Arbitrary<RosterInput> = fc
  .record({
    from: fc.constantFrom(...STARTS),
    days: fc.integer({ min: 1, max: 14 }),
    timeZone: fc.constantFrom(...ZONES),
    shiftTypes: fc
      .tuple(
        fc.array(fc.constantFrom('E', 'L', 'N', 'D'), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom('E', 'L', 'N', 'D'), { minLength: 0, maxLength: 2 }),
      )
      .chain(([a, b]) =>
        fc.tuple(
          ...[...new Set(a)].map((code) => shiftTypeArb('ward-a', code)),
          ...[...new Set(b)].map((code) => shiftTypeArb('ward-b', code)),
        ),
      ),
    staff: fc.array(
      fc.record({
        wardIds: fc.uniqueArray(fc.constantFrom(...WARDS), { minLength: 1, maxLength: 2 }),
        skills: fc.uniqueArray(
          fc.record({
            skill: fc.constantFrom(...SKILLS),
            expiresAfter: fc.option(fc.integer({ min: -2, max: 16 }), { nil: null }),
          }),
          { maxLength: 3, selector: (s) => s.skill },
        ),
        maxHoursPerWeek: fc.integer({ min: 0, max: 60 }),
      }),
      { maxLength: 14 },
    ),
    leave: fc.array(
      fc.record({ who: fc.nat(13), offset: fc.integer({ min: -2, max: 14 }), length: fc.integer({ min: 0, max: 5 }) }),
      { maxLength: 6 },
    ),
    minRestHours: fc.integer({ min: 0, max: 16 }),
    maxHoursPerWeek: fc.integer({ min: 8, max: 60 }),
    fairnessTolerance: fc.integer({ min: 0, max: 3 }),
    before: fc.array(fc.record({ who: fc.nat(13), type: fc.nat(4), daysBefore: fc.integer({ min: 1, max: 3 }) }), {
      maxLength: 6,
    }),
  })
  .map((g) => {
    const staff = g.staff.map((s, i) => ({
      employeeId: `emp-${String(i).padStart(2, '0')}`,
      wardIds: s.wardIds,
      skills: s.skills.map(({ skill, expiresAfter }) => ({
        skill,
        validUntil: expiresAfter === null ? null : addDays(g.from, expiresAfter),
      })),
      maxHoursPerWeek: s.maxHoursPerWeek,
    }));
    const leave = g.leave
      .filter((l) => l.who < staff.length)
      .map((l) => ({
        employeeId: `emp-${String(l.who).padStart(2, '0')}`,
        from: addDays(g.from, l.offset),
        to: addDays(g.from, l.offset + l.length),
      }));
    // Shifts worked just before the period (at most one per person per day), which the rest and hours rules count.
    const seen = new Set<string>();
    const before = g.before.flatMap(({ who, type, daysBefore }) => {
      const shift = g.shiftTypes[type % g.shiftTypes.length];
      const person = staff[who];
      const date = addDays(g.from, -daysBefore);
      if (shift === undefined || person === undefined || seen.has(`${who}|${date}`)) return [];
      seen.add(`${who}|${date}`);
      return [
        {
          employeeId: person.employeeId,
          wardId: shift.wardId,
          shiftCode: shift.code,
          date,
          skill: shift.requirements[0]?.skill ?? 'rn',
        },
      ];
    });
    return {
      period: { from: g.from, to: addDays(g.from, g.days - 1) },
      staff,
      shiftTypes: g.shiftTypes,
      leave,
      before,
      rules: {
        timeZone: g.timeZone,
        minRestHours: g.minRestHours,
        maxHoursPerWeek: g.maxHoursPerWeek,
        fairnessTolerance: g.fairnessTolerance,
      },
    };
  });
