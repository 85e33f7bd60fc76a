import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { rejection, schedulingHelpers } from '../test/kernel';
import {
  AddScheduleException,
  BookAppointment,
  CancelAppointment,
  CheckInAppointment,
  CompleteAppointment,
  RecordAppointmentNoShow,
  RescheduleAppointment,
} from './contracts/commands';
import { FindFreeSlots, GetAppointment, GetSchedule, ListAppointments, ListSchedules } from './contracts/queries';
import { appointmentStream } from './domain/appointment/appointment.stream';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from './plugin';

/** Monday 2 March 2026, 08:00 UTC: the clinic week of 9 March is in the future. */
const NOW = '2026-03-02T08:00:00.000Z';

describe('appointment scheduling on the real kernel', () => {
  let kernel: TestKernel;
  const { registerPatient, defineSchedule, book } = schedulingHelpers(() => kernel);
  const slots = async (practitionerId: string, from: string, to = from, type = 'consultation') =>
    (await kernel.ask(FindFreeSlots, { practitionerIds: [practitionerId], type, from, to })).items;
  const get = async (id: string) => await kernel.ask(GetAppointment, { id });

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, schedulingPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('defines a schedule, finds its free slots, books one and no longer offers it', async () => {
    const practitionerId = randomUUID();
    const schedule = await defineSchedule(practitionerId);
    expect(schedule).toMatchObject({ practitionerId, timeZone: 'Europe/Lisbon', version: 1 });
    expect(await kernel.ask(GetSchedule, { practitionerId })).toEqual(schedule);

    const monday = await slots(practitionerId, '2026-03-09');
    expect(monday).toHaveLength(9);
    expect(monday[0]).toEqual({
      practitionerId,
      type: 'consultation',
      startsAt: '2026-03-09T09:00:00.000Z',
      endsAt: '2026-03-09T09:20:00.000Z',
      location: 'Outpatients, room 12',
    });

    const patientId = await registerPatient('Slotfinder');
    const appointment = await book(patientId, practitionerId, '2026-03-09T09:00:00Z');
    expect(appointment).toMatchObject({
      patientId,
      practitionerId,
      status: 'booked',
      version: 1,
      startsAt: '2026-03-09T09:00:00.000Z',
    });
    expect(await get(appointment.id)).toEqual(appointment);
    expect((await slots(practitionerId, '2026-03-09')).map((s) => s.startsAt.slice(11, 16))).toEqual([
      '09:20',
      '09:40',
      '10:00',
      '10:20',
      '10:40',
      '11:00',
      '11:20',
      '11:40',
    ]);
  });

  it('lists the practitioners with a schedule, each once however often it was redefined', async () => {
    const first = randomUUID();
    const second = randomUUID();
    await defineSchedule(first);
    await defineSchedule(second);
    await defineSchedule(first);
    await kernel.settle();
    const { items } = await kernel.ask(ListSchedules, {});
    const mine = items.filter((s) => s.practitionerId === first || s.practitionerId === second);
    expect(mine.map((s) => s.practitionerId).sort()).toEqual([first, second].sort());
    expect(mine[0]).toMatchObject({
      timeZone: 'Europe/Lisbon',
      appointmentTypes: expect.arrayContaining([expect.objectContaining({ code: 'consultation' })]),
    });
  });

  it('walks an appointment through check-in and completion, then refuses further steps with 409s', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const { id } = await book(await registerPatient('Walkthrough'), practitionerId, '2026-03-10T10:00:00Z');
    expect(await kernel.execute(CheckInAppointment, { appointmentId: id })).toMatchObject({
      status: 'checked-in',
      version: 2,
    });
    expect(await kernel.execute(CompleteAppointment, { appointmentId: id })).toMatchObject({
      status: 'completed',
      version: 3,
    });
    expect(await rejection(kernel.execute(CancelAppointment, { appointmentId: id, reason: 'other' }))).toMatchObject({
      status: 409,
      code: 'APPOINTMENT_ALREADY_COMPLETED',
      message: 'Cannot cancel this appointment: the appointment has already taken place.',
    });
    expect(await rejection(kernel.execute(CompleteAppointment, { appointmentId: id }))).toMatchObject({ status: 409 });
    expect((await get(id)).status).toBe('completed');
  });

  it('cancels with a reason, frees the time, and refuses a second cancellation', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const first = await book(await registerPatient('Cancelled'), practitionerId, '2026-03-11T14:00:00Z');
    const cancelled = await kernel.execute(CancelAppointment, { appointmentId: first.id, reason: 'patient-request' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'patient-request' });
    expect(
      await rejection(kernel.execute(CancelAppointment, { appointmentId: first.id, reason: 'other' })),
    ).toMatchObject({
      status: 409,
      code: 'APPOINTMENT_ALREADY_CANCELLED',
    });
    expect(await rejection(kernel.execute(CheckInAppointment, { appointmentId: first.id }))).toMatchObject({
      code: 'APPOINTMENT_ALREADY_CANCELLED',
      message: 'Cannot check the patient in: the appointment was cancelled.',
    });
    const again = await book(await registerPatient('Rebooked'), practitionerId, '2026-03-11T14:00:00Z');
    expect(again.status).toBe('booked');
  });

  it('reschedules atomically: the old time is freed, a taken new time changes nothing', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const moving = await book(await registerPatient('Moving'), practitionerId, '2026-03-12T10:00:00Z');
    const blocker = await book(await registerPatient('Blocker'), practitionerId, '2026-03-12T11:00:00Z');
    const moved = await kernel.execute(RescheduleAppointment, {
      appointmentId: moving.id,
      startsAt: '2026-03-12T10:10:00Z',
    });
    expect(moved).toMatchObject({
      startsAt: '2026-03-12T10:10:00.000Z',
      endsAt: '2026-03-12T10:30:00.000Z',
      status: 'booked',
      version: 2,
    });
    const taken = kernel.execute(RescheduleAppointment, { appointmentId: moving.id, startsAt: '2026-03-12T10:50:00Z' });
    expect(await rejection(taken)).toMatchObject({
      status: 409,
      code: 'SLOT_TAKEN',
      message: 'That time was just booked by someone else. Choose another time.',
    });
    expect(await get(moving.id)).toEqual(moved);
    await kernel.execute(CancelAppointment, { appointmentId: blocker.id, reason: 'patient-request' });
    const events = await kernel.readStream(appointmentStream(moving.id));
    expect(events.map((e) => e.type)).toEqual(['patient.AppointmentBooked', 'patient.AppointmentRescheduled']);
    expect(
      (await book(await registerPatient('Filler'), practitionerId, '2026-03-12T09:50:00Z', 'follow-up')).status,
    ).toBe('booked');
  });

  it('refuses an unknown patient (404), no schedule (404), outside availability, leave and unknown types (422)', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const patientId = await registerPatient('Refused');
    const cases: [Promise<unknown>, number, string][] = [
      [book(randomUUID(), practitionerId, '2026-03-09T09:00:00Z'), 404, 'PATIENT_NOT_FOUND'],
      [book(patientId, randomUUID(), '2026-03-09T09:00:00Z'), 404, 'SCHEDULE_NOT_FOUND'],
      [book(patientId, practitionerId, '2026-03-14T09:00:00Z'), 422, 'OUTSIDE_AVAILABILITY'], // a Saturday
      [book(patientId, practitionerId, '2026-03-09T11:50:00Z'), 422, 'OUTSIDE_AVAILABILITY'], // runs past 12:00
      [book(patientId, practitionerId, '2026-03-09T09:00:00Z', 'surgery'), 422, 'UNKNOWN_APPOINTMENT_TYPE'],
    ];
    for (const [attempt, status, code] of cases) expect(await rejection(attempt)).toMatchObject({ status, code });

    await kernel.execute(AddScheduleException, {
      practitionerId,
      from: '2026-03-16',
      to: '2026-03-20',
      reason: 'leave',
    });
    expect(await rejection(book(patientId, practitionerId, '2026-03-18T10:00:00Z'))).toMatchObject({
      status: 422,
      code: 'OUTSIDE_AVAILABILITY',
    });
    expect(await slots(practitionerId, '2026-03-16', '2026-03-20')).toEqual([]);
  });

  it('computes instants across the March DST change in Europe/Lisbon', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const found = await slots(practitionerId, '2026-03-27', '2026-03-30');
    const times = found.map((s) => s.startsAt);
    // 09:00–12:00 local: WET (UTC+0) on Friday, WEST (UTC+1) from Monday; nothing on the weekend.
    expect(times.filter((t) => t.startsWith('2026-03-27'))).toEqual(
      ['09:00', '09:20', '09:40', '10:00', '10:20', '10:40', '11:00', '11:20', '11:40'].map(
        (t) => `2026-03-27T${t}:00.000Z`,
      ),
    );
    expect(times.filter((t) => t.startsWith('2026-03-30'))).toEqual(
      ['08:00', '08:20', '08:40', '09:00', '09:20', '09:40', '10:00', '10:20', '10:40'].map(
        (t) => `2026-03-30T${t}:00.000Z`,
      ),
    );
    expect(times).toHaveLength(18);
    const summer = await book(await registerPatient('Summertime'), practitionerId, '2026-03-30T09:00:00+01:00');
    expect(summer).toMatchObject({ startsAt: '2026-03-30T08:00:00.000Z', endsAt: '2026-03-30T08:20:00.000Z' });
    expect(
      await rejection(book(await registerPatient('Tooearly'), practitionerId, '2026-03-30T07:40:00Z')),
    ).toMatchObject({ code: 'OUTSIDE_AVAILABILITY' });
  });

  it('lists a practitioner’s day and a patient’s appointments, by start time', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const patientId = await registerPatient('Listed');
    const late = await book(patientId, practitionerId, '2026-03-13T11:00:00Z');
    const early = await book(await registerPatient('Listedtoo'), practitionerId, '2026-03-13T09:00:00Z');
    const day = await kernel.ask(ListAppointments, {
      practitionerId,
      from: '2026-03-13T00:00:00Z',
      to: '2026-03-14T00:00:00Z',
    });
    expect(day.items.map((a) => a.id)).toEqual([early.id, late.id]);
    const mine = await kernel.ask(ListAppointments, {
      patientId,
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-31T00:00:00Z',
    });
    expect(mine.items.map((a) => a.id)).toEqual([late.id]);
  });

  it('needs the booking permission to book, not to search slots', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const patientId = await registerPatient('Permitted');
    const options = { permissions: ['patient:schedule:read', 'patient:appointment:read'] };
    expect(
      await kernel.ask(
        FindFreeSlots,
        { practitionerIds: [practitionerId], type: 'follow-up', from: '2026-03-09', to: '2026-03-09' },
        options,
      ),
    ).toBeDefined();
    const refused = kernel.execute(
      BookAppointment,
      { patientId, practitionerId, type: 'consultation', startsAt: '2026-03-09T09:00:00Z' },
      options,
    );
    expect(await rejection(refused)).toMatchObject({ status: 403 });
  });

  it('rebuilds the appointments read model identically from the events', async () => {
    const before = await kernel.sql.query('SELECT * FROM scheduling.appointments ORDER BY id');
    expect(before.length).toBeGreaterThan(5);
    await kernel.rebuildProjection('scheduling.appointments');
    expect(await kernel.sql.query('SELECT * FROM scheduling.appointments ORDER BY id')).toEqual(before);
  });

  it('records a no-show only once the appointment has started (runs last: it moves the clock)', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const { id } = await book(await registerPatient('Absent'), practitionerId, '2026-03-03T09:00:00Z');
    expect(await rejection(kernel.execute(RecordAppointmentNoShow, { appointmentId: id }))).toMatchObject({
      status: 422,
      code: 'APPOINTMENT_NOT_STARTED',
    });
    kernel.clock.advance(Date.parse('2026-03-03T09:15:00Z') - Date.parse(kernel.clock.now()));
    expect(await kernel.execute(RecordAppointmentNoShow, { appointmentId: id })).toMatchObject({ status: 'no-show' });
    expect(await rejection(kernel.execute(CheckInAppointment, { appointmentId: id }))).toMatchObject({
      status: 409,
      code: 'APPOINTMENT_ALREADY_NO_SHOW',
    });
    expect(await rejection(book(await registerPatient('Late'), practitionerId, '2026-03-03T09:00:00Z'))).toMatchObject({
      status: 422,
      code: 'APPOINTMENT_IN_PAST',
    });
  });
});
