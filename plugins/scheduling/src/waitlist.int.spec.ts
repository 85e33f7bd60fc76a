import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import type { JobContext } from '@hms/sdk';
import { rejection, schedulingHelpers } from '../test/kernel';
import { CancelAppointment, RescheduleAppointment } from './contracts/commands';
import { GetAppointment } from './contracts/queries';
import {
  AcceptWaitlistOffer,
  CancelWaitlistEntry,
  DeclineWaitlistOffer,
  ExpireWaitlistOffers,
  JoinWaitlist,
} from './contracts/commands';
import { ListWaitlist } from './contracts/queries';
import { waitlistEntryStream } from './domain/waitlist/waitlist.stream';
import { sendAppointmentReminders, sendAppointmentRemindersJob } from './jobs/send-appointment-reminders.job';
import { expireWaitlistOffersJob } from './jobs/expire-waitlist-offers.job';
import type { AppointmentReminder, ReminderTransport } from './jobs/reminder-transport';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from './plugin';

/** Monday 2 March 2026, 08:00 UTC (Lisbon is on UTC in March). */
const NOW = '2026-03-02T08:00:00.000Z';
const SLOT = '2026-03-09T09:00:00.000Z';

describe('the waitlist and reminders on the real kernel', () => {
  let kernel: TestKernel;
  const { registerPatient, defineSchedule, book } = schedulingHelpers(() => kernel);
  const join = async (
    patientId: string,
    practitionerId: string,
    window = { earliest: '2026-03-09', latest: '2026-03-13' },
  ) =>
    await kernel.execute(JoinWaitlist, {
      patientId,
      practitionerId,
      type: 'consultation',
      ...window,
    });
  const list = async (practitionerId: string) => (await kernel.ask(ListWaitlist, { practitionerId })).items;
  const entry = async (practitionerId: string, id: string) => (await list(practitionerId)).find((e) => e.id === id);
  const offersOf = async (id: string) =>
    (await kernel.readStream(waitlistEntryStream(id))).filter((e) => e.type === 'patient.AppointmentSlotOffered');

  /** A practitioner with one appointment at SLOT and three patients waiting, in this order. */
  async function waitingRoom() {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const booked = await book(await registerPatient('Holder'), practitionerId, SLOT);
    const first = await join(await registerPatient('Firstcome'), practitionerId);
    const outOfWindow = await join(await registerPatient('Later'), practitionerId, {
      earliest: '2026-03-16',
      latest: '2026-03-20',
    });
    const second = await join(await registerPatient('Secondcome'), practitionerId);
    return { practitionerId, booked, first, outOfWindow, second };
  }

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, schedulingPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('puts patients on the waitlist and lists them oldest first', async () => {
    const { practitionerId, first, outOfWindow, second } = await waitingRoom();
    expect(first).toMatchObject({ status: 'waiting', earliest: '2026-03-09', latest: '2026-03-13', version: 1 });
    expect((await list(practitionerId)).map((e) => e.id)).toEqual([first.id, outOfWindow.id, second.id]);
  });

  it('offers a cancelled slot to the first suitable patient only, and accepting books it', async () => {
    const { practitionerId, booked, first, outOfWindow, second } = await waitingRoom();
    await kernel.execute(CancelAppointment, { appointmentId: booked.id, reason: 'patient-request' });

    const offered = await entry(practitionerId, first.id);
    expect(offered).toMatchObject({
      status: 'offered',
      offer: {
        startsAt: SLOT,
        endsAt: '2026-03-09T09:20:00.000Z',
        offeredAt: NOW,
        expiresAt: '2026-03-02T10:00:00.000Z',
      },
    });
    expect(await offersOf(first.id)).toHaveLength(1);
    expect(await offersOf(outOfWindow.id)).toHaveLength(0);
    expect(await offersOf(second.id)).toHaveLength(0);

    const appointment = await kernel.execute(AcceptWaitlistOffer, { entryId: first.id });
    expect(appointment).toMatchObject({ patientId: first.patientId, practitionerId, startsAt: SLOT, status: 'booked' });
    expect(await kernel.ask(GetAppointment, { id: appointment.id })).toMatchObject({ status: 'booked' });
    expect((await list(practitionerId)).map((e) => e.id)).toEqual([outOfWindow.id, second.id]);
    expect(await rejection(kernel.execute(AcceptWaitlistOffer, { entryId: first.id }))).toMatchObject({
      status: 409,
      code: 'WAITLIST_ENTRY_CLOSED',
    });
  });

  it('passes a declined slot to the next patient, who is never offered it twice', async () => {
    const { practitionerId, booked, first, second } = await waitingRoom();
    await kernel.execute(CancelAppointment, { appointmentId: booked.id, reason: 'patient-request' });
    expect(await kernel.execute(DeclineWaitlistOffer, { entryId: first.id })).toMatchObject({ status: 'waiting' });

    expect(await entry(practitionerId, first.id)).toMatchObject({ status: 'waiting' });
    expect(await entry(practitionerId, second.id)).toMatchObject({ status: 'offered', offer: { startsAt: SLOT } });
    // Taking the second patient off the list passes the slot on again: the first declined it, so nobody gets it.
    await kernel.execute(CancelWaitlistEntry, { entryId: second.id });
    expect(await offersOf(first.id)).toHaveLength(1);
    expect(await rejection(kernel.execute(DeclineWaitlistOffer, { entryId: first.id }))).toMatchObject({
      status: 409,
      code: 'WAITLIST_NO_OFFER',
    });
  });

  it('moves an expired offer on to the next patient and refuses to accept it', async () => {
    const { practitionerId, booked, first, second } = await waitingRoom();
    await kernel.execute(CancelAppointment, { appointmentId: booked.id, reason: 'patient-request' });
    const idle = await kernel.execute(ExpireWaitlistOffers, {});
    expect(idle).toMatchObject({ expired: [] });

    kernel.clock.advance(2 * 3_600_000);
    expect(await rejection(kernel.execute(AcceptWaitlistOffer, { entryId: first.id }))).toMatchObject({
      status: 409,
      code: 'WAITLIST_OFFER_EXPIRED',
    });
    // The scheduled job sends the command every minute; run it as a worker would.
    expect(await kernel.runJob(expireWaitlistOffersJob, {})).toEqual({ progress: [100] });
    expect(await entry(practitionerId, first.id)).toMatchObject({ status: 'waiting' });
    expect(await entry(practitionerId, second.id)).toMatchObject({ status: 'offered', offer: { startsAt: SLOT } });
    expect(await kernel.execute(AcceptWaitlistOffer, { entryId: second.id })).toMatchObject({
      patientId: second.patientId,
      startsAt: SLOT,
    });
    // Idempotent: a second run at the same moment has nothing left to do for this practitioner.
    expect(await kernel.execute(ExpireWaitlistOffers, {})).toMatchObject({ expired: [] });
  });

  it('offers the time a rescheduled appointment left, and not a slot booked again meanwhile', async () => {
    const { practitionerId, booked, first } = await waitingRoom();
    await kernel.execute(RescheduleAppointment, { appointmentId: booked.id, startsAt: '2026-03-10T10:00:00Z' });
    expect(await entry(practitionerId, first.id)).toMatchObject({ status: 'offered', offer: { startsAt: SLOT } });

    const other = await waitingRoom();
    await kernel.execute(CancelAppointment, { appointmentId: other.booked.id, reason: 'patient-request' });
    await kernel.execute(DeclineWaitlistOffer, { entryId: other.first.id });
    await kernel.execute(CancelWaitlistEntry, { entryId: other.second.id });
    await book(await registerPatient('Walkin'), other.practitionerId, SLOT);
    const late = await join(await registerPatient('Latecomer'), other.practitionerId);
    await kernel.execute(ExpireWaitlistOffers, {});
    expect(await offersOf(late.id)).toHaveLength(0);
  });

  it('writes one reminder per booked appointment of the day to the outbox, once, with ids only', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const a = await book(await registerPatient('Remindme'), practitionerId, '2026-03-11T09:00:00Z');
    const b = await book(await registerPatient('Remindtoo'), practitionerId, '2026-03-11T10:00:00Z');
    const gone = await book(await registerPatient('Cancelled'), practitionerId, '2026-03-11T11:00:00Z');
    await kernel.execute(CancelAppointment, { appointmentId: gone.id, reason: 'patient-request' });
    const progress: number[] = [];
    const ctx: JobContext = {
      sql: kernel.sql,
      now: kernel.clock.now(),
      progress: async (p) => void progress.push(p),
      execute: () => Promise.reject(new Error('the reminder job sends no commands')),
      notify: () => Promise.reject(new Error('the reminder job raises no notifications')),
      resolveNotification: () => Promise.reject(new Error('the reminder job raises no notifications')),
      openNotifications: () => Promise.resolve([]),
      options: {},
    };

    expect(sendAppointmentRemindersJob.payload.safeParse({}).success).toBe(true);
    expect(sendAppointmentRemindersJob.schedule?.cron).toBe('0 7 * * *');
    const first = await sendAppointmentReminders({ day: '2026-03-11' }, ctx);
    expect(first.written).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toBe(100);
    await sendAppointmentRemindersJob.handle({ day: '2026-03-11' }, ctx);
    expect(await sendAppointmentReminders({ day: '2026-03-11' }, ctx)).toMatchObject({ written: 0 });

    const rows = await kernel.sql.query<Record<string, unknown>>(
      `SELECT * FROM scheduling.reminder_outbox WHERE appointment_id = ANY($1::uuid[]) ORDER BY starts_at`,
      [[a.id, b.id, gone.id]],
    );
    expect(rows.map((r) => r.appointment_id)).toEqual([a.id, b.id]);
    expect(rows[0]).toMatchObject({ patient_id: a.patientId, channel: 'outbox', status: 'pending', sent_at: null });
    expect(Object.keys(rows[0]!).sort()).toEqual([
      'appointment_id',
      'channel',
      'created_at',
      'due_at',
      'id',
      'patient_id',
      'sent_at',
      'starts_at',
      'status',
    ]);
  });

  it('sends reminders through the transport the hospital configured', async () => {
    const practitionerId = randomUUID();
    await defineSchedule(practitionerId);
    const booked = await book(await registerPatient('Relayed'), practitionerId, '2026-03-12T09:00:00Z');
    const sent: AppointmentReminder[] = [];
    const relay: ReminderTransport = { channel: 'sms', send: async (reminder) => (sent.push(reminder), true) };
    const run = await kernel.runJob(
      sendAppointmentRemindersJob,
      { day: '2026-03-12' },
      { pluginOptions: { reminderTransport: relay } },
    );
    expect(run.progress.at(-1)).toBe(100);
    expect(sent).toEqual([
      expect.objectContaining({ appointmentId: booked.id, patientId: booked.patientId, channel: 'sms' }),
    ]);
  });
});
