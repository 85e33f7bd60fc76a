import { hourOfWork, MIX, type Ward } from './offline-workload';

const ward: Ward = {
  patients: Array.from({ length: 30 }, (_, i) => ({ patientId: `p-${i}`, medicationId: `m-${i}` })),
  itemId: 'item',
  locationId: 'store',
};

describe("the offline benchmark's hour of work", () => {
  const start = new Date(Date.UTC(2026, 11, 8, 8));
  const work = hourOfWork(ward, 1_000, start, 3_600_000);

  it('queues each command once, oldest first, within the hour, as the outbox keeps them', () => {
    expect(new Set(work.map((c) => c.id)).size).toBe(1_000);
    const times = work.map((c) => Date.parse(c.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBe(start.getTime());
    expect(times.at(-1)!).toBeLessThan(start.getTime() + 3_600_000);
    expect(work.every((c) => c.status === 'waiting' && c.attempts === 0)).toBe(true);
  });

  it('mixes the plugins in the stated shares, each kind spread over the whole hour', () => {
    for (const { command, share } of MIX) {
      const mine = work.filter((c) => c.command === command);
      expect(Math.abs(mine.length - share * 1_000)).toBeLessThanOrEqual(5);
      expect(work.indexOf(mine[0]!)).toBeLessThan(20);
      expect(work.lastIndexOf(mine.at(-1)!)).toBeGreaterThan(980);
    }
  });

  it('registers people who are all different (the duplicate check refuses look-alikes), across runs too', () => {
    const people = (names: number) =>
      hourOfWork(ward, 1_000, start, 3_600_000, names)
        .filter((c) => c.command === 'patient.RegisterPatient')
        .map((c) => JSON.stringify(c.data));
    const first = people(0);
    const second = people(10_000);
    expect(new Set([...first, ...second]).size).toBe(first.length + second.length);
  });
});
