import { randomUUID } from 'node:crypto';
import { ConflictError } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { schedulingHelpers } from '../test/kernel';
import { RescheduleAppointment } from './contracts/commands';
import type { AppointmentView } from './contracts/queries';
import { practitionerDayStream } from './domain/practitioner-day/practitioner-day.stream';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const CLIENTS = 20;

/** No double booking, ever: many front desks reach for the same practitioner's time at the same moment. */
// One lane decides concurrent bookings one after another inside shared transactions; four lanes race them in
// separate transactions against the event store's version check. Both must refuse every double booking.
describe.each([1, 4])('double booking under concurrency (%i command lanes)', (commandLanes) => {
  let kernel: TestKernel;
  const { registerPatient, defineSchedule, book } = schedulingHelpers(() => kernel);

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, schedulingPlugin], now: NOW, commandLanes });
  });
  afterAll(async () => kernel?.close());

  const settle = (attempts: Promise<AppointmentView>[]) => Promise.allSettled(attempts);
  const winners = (results: PromiseSettledResult<AppointmentView>[]) =>
    results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const losers = (results: PromiseSettledResult<AppointmentView>[]) =>
    results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));

  it(`lets exactly one of ${CLIENTS} simultaneous bookings of one slot win; every other gets a 409`, async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const patients = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => registerPatient(`Racer${i}`)));
    const results = await settle(patients.map((patientId) => book(patientId, practitionerId, '2026-03-09T09:00:00Z')));

    expect(winners(results)).toHaveLength(1);
    const refused = losers(results);
    expect(refused).toHaveLength(CLIENTS - 1);
    for (const error of refused) {
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ status: 409, code: 'SLOT_TAKEN' });
    }
    const day = await kernel.readStream(practitionerDayStream(practitionerId, '2026-03-09'));
    expect(day.map((e) => e.type)).toEqual(['patient.SlotReserved']);
    const rows = await kernel.sql.query('SELECT id FROM scheduling.appointments WHERE practitioner_id = $1', [
      practitionerId,
    ]);
    expect(rows).toEqual([{ id: winners(results)[0]?.id }]);
  });

  it('refuses overlapping-but-not-equal intervals too, whatever their types', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const starts = ['09:00', '09:05', '09:10', '09:15', '09:19', '09:01'];
    const patients = await Promise.all(starts.map((_, i) => registerPatient(`Overlap${i}`)));
    const results = await settle(
      starts.map((time, i) =>
        book(
          patients[i] as string,
          practitionerId,
          `2026-03-10T${time}:00Z`,
          i % 2 === 0 ? 'consultation' : 'follow-up',
        ),
      ),
    );
    const booked = winners(results).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    for (let i = 1; i < booked.length; i++) {
      expect(booked[i]!.startsAt >= booked[i - 1]!.endsAt).toBe(true);
    }
    for (const error of losers(results)) expect(error).toMatchObject({ status: 409, code: 'SLOT_TAKEN' });
    expect(booked.length).toBeGreaterThanOrEqual(1);
    expect(booked.length + losers(results).length).toBe(starts.length);
  });

  it('keeps adjacent appointments apart but allowed: one ends at 09:20, the next starts at 09:20', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const [a, b] = await Promise.all([registerPatient('Adjacent1'), registerPatient('Adjacent2')]);
    const results = await settle([
      book(a as string, practitionerId, '2026-03-11T09:00:00Z'),
      book(b as string, practitionerId, '2026-03-11T09:20:00Z'),
    ]);
    expect(winners(results)).toHaveLength(2);
  });

  it('lets two simultaneous reschedules into one time through only once', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const first = await book(await registerPatient('Mover1'), practitionerId, '2026-03-12T09:00:00Z');
    const second = await book(await registerPatient('Mover2'), practitionerId, '2026-03-12T09:20:00Z');
    const results = await Promise.allSettled(
      [first, second].map((a) =>
        kernel.execute(RescheduleAppointment, { appointmentId: a.id, startsAt: '2026-03-12T11:00:00Z' }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused?.reason).toMatchObject({ status: 409, code: 'SLOT_TAKEN' });
  });
});
