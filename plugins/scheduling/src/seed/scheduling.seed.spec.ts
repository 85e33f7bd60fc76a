import { hospitalShape, planAppointments, type PlannedAppointment } from './scheduling.seed';
import { seededRandom } from '@hms/sdk';

const practitionerIds = ['7b1e8f0a-1c2d-4e3f-8a9b-0c1d2e3f4a5b', '8c2f9a1b-2d3e-4f5a-9b0c-1d2e3f4a5b6c'];
const patientIds = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
const now = Date.parse('2026-11-25T10:00:00Z'); // a Wednesday
const plan = (seed: number): PlannedAppointment[] => [
  ...planAppointments(seededRandom(seed), {
    practitionerIds,
    patientIds,
    firstDay: '2026-11-16',
    lastDay: '2026-12-06',
    now,
  }),
];

describe('the seeded hospital', () => {
  it('grows with the patients: one practitioner per 500 (5 to 200), a week of diary per 100 (1 to 52)', () => {
    expect(hospitalShape(5)).toEqual({ practitioners: 5, weeks: 1 });
    expect(hospitalShape(60)).toEqual({ practitioners: 5, weeks: 1 });
    expect(hospitalShape(1_000)).toEqual({ practitioners: 5, weeks: 10 });
    expect(hospitalShape(10_000)).toEqual({ practitioners: 20, weeks: 52 });
    expect(hospitalShape(100_000)).toEqual({ practitioners: 200, weeks: 52 });
    expect(hospitalShape(1_000_000)).toEqual({ practitioners: 200, weeks: 52 });
  });

  it('plans the same diaries from the same random numbers', () => {
    expect(plan(7)).toEqual(plan(7));
    expect(plan(7)).not.toEqual(plan(8));
  });

  it('books about 60% of the open hours, weekdays 08:00–12:00 and 13:00–17:00 in Lisbon, never overlapping', () => {
    const appointments = plan(7);
    const bookedMinutes = appointments.reduce((sum, a) => sum + (a.type === 'consultation' ? 20 : 10), 0);
    const openMinutes = 2 * 15 * 8 * 60; // two practitioners, 15 weekdays, 8 hours
    expect(bookedMinutes / openMinutes).toBeGreaterThan(0.5);
    expect(bookedMinutes / openMinutes).toBeLessThan(0.7);
    for (const a of appointments) {
      const utc = new Date(a.startsAt); // Lisbon is on UTC in November
      expect([1, 2, 3, 4, 5]).toContain(utc.getUTCDay());
      expect(utc.getUTCHours() >= 8 && utc.getUTCHours() < 17 && utc.getUTCHours() !== 12).toBe(true);
    }
    const byPractitioner = (id: string) =>
      appointments.filter((a) => a.practitionerId === id).sort((x, y) => x.startsAt - y.startsAt);
    for (const id of practitionerIds) {
      const list = byPractitioner(id);
      list
        .slice(1)
        .forEach((a, i) =>
          expect(a.startsAt).toBeGreaterThanOrEqual((list[i] as PlannedAppointment).startsAt + 10 * 60_000),
        );
    }
  });

  it('books each appointment before it starts and not after now; what is over has an outcome at its time', () => {
    const appointments = plan(7);
    const kinds = new Set<string>();
    for (const a of appointments) {
      expect(a.bookedAt).toBeLessThan(a.startsAt);
      expect(a.bookedAt).toBeLessThanOrEqual(now);
      const { outcome } = a;
      kinds.add(outcome.kind);
      if (outcome.kind === 'booked') expect(a.startsAt).toBeGreaterThan(now - 60 * 60_000);
      else if (outcome.kind === 'completed') expect(outcome.completedAt).toBeLessThanOrEqual(now);
      else if (outcome.kind === 'no-show') expect(outcome.at).toBeGreaterThan(a.startsAt);
      else expect(outcome.at >= a.bookedAt && outcome.at < a.startsAt).toBe(true);
    }
    expect([...kinds].sort()).toEqual(['booked', 'cancelled', 'completed', 'no-show']);
  });
});
