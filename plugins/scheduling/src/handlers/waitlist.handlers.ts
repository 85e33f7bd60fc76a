import { handleCommand, handleQuery } from '@hms/sdk';
import { APPOINTMENT_BOOK, APPOINTMENT_READ } from '../contracts/permissions';
import type { AppointmentView } from '../contracts/queries';
import { AcceptWaitlistOffer, CancelWaitlistEntry, DeclineWaitlistOffer, ExpireWaitlistOffers, JoinWaitlist } from '../contracts/commands';
import { ListWaitlist, type WaitlistEntryView, type WaitlistList } from '../contracts/queries';
import { appointmentDecider } from '../domain/appointment/appointment.decider';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { scheduleDecider, scheduleNotFound } from '../domain/schedule/schedule.decider';
import { scheduleStream } from '../domain/schedule/schedule.stream';
import { waitlistDecider } from '../domain/waitlist/waitlist.decider';
import { waitlistEntryStream } from '../domain/waitlist/waitlist.stream';
import { expiredOffers, listOpenEntries } from '../projections/waitlist.read';
import { appointmentView } from './appointment-view';
import { reserveSlot, resolveSlot } from './appointment-slot';
import { requireRegisteredPatient } from './registered-patient';
import { decideEntry, entryView, loadEntry, offerSlotToNext } from './waitlist-offers';

/** At most this many expired offers are closed per run; the next run takes the rest. */
const EXPIRY_BATCH = 200;

export const joinWaitlistHandler = handleCommand(JoinWaitlist, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => requireRegisteredPatient(ctx, data.patientId),
  async handle(data, ctx): Promise<WaitlistEntryView> {
    const { state: schedule } = await ctx.streams.load(scheduleStream(data.practitionerId), scheduleDecider);
    if (schedule.status !== 'defined') throw scheduleNotFound(data.practitionerId);
    const entryId = ctx.newId();
    const { state, version } = await decideEntry(ctx, entryId, { type: 'scheduling.JoinWaitlist', data: { ...data, entryId } });
    return entryView(state, version);
  },
});

/**
 * Books the offered slot through the booking path (the practitioner-day slot lock), in one transaction with the
 * acceptance. An expired offer is refused (409); a slot someone booked directly meanwhile is 409 SLOT_TAKEN.
 */
export const acceptWaitlistOfferHandler = handleCommand(AcceptWaitlistOffer, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, appointment: AppointmentView | undefined) => appointment?.patientId,
  // The patient may have been merged away since joining; an unknown entry is the decider's 404 below.
  prepare: async ({ entryId }, ctx) => {
    const { state } = await ctx.streams.load(waitlistEntryStream(entryId), waitlistDecider);
    if (state.status !== 'none') await requireRegisteredPatient(ctx, state.patientId);
  },
  async handle({ entryId }, ctx): Promise<AppointmentView> {
    const entry = await loadEntry(ctx, entryId);
    const appointmentId = ctx.newId();
    // The decider refuses first (no offer, expired, closed): the answer the desk needs before any booking.
    await decideEntry(ctx, entryId, { type: 'scheduling.AcceptWaitlistOffer', data: { entryId, appointmentId } });
    const slot = await resolveSlot(ctx, entry.practitionerId, entry.type, entry.offer!.startsAt);
    const { state, version } = await ctx.streams.decide(
      appointmentStream(appointmentId),
      appointmentDecider,
      { type: 'scheduling.BookAppointment', data: { ...slot, appointmentId, patientId: entry.patientId }, meta: ctx.meta },
      { expectedVersion: 'no-stream' },
    );
    await reserveSlot(ctx, appointmentId, slot);
    return appointmentView(state, version);
  },
});

/** The patient passes: they keep waiting (never offered this slot again) and the slot goes to the next one. */
export const declineWaitlistOfferHandler = handleCommand(DeclineWaitlistOffer, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, entry: WaitlistEntryView | undefined) => entry?.patientId,
  async handle({ entryId }, ctx): Promise<WaitlistEntryView> {
    const before = await loadEntry(ctx, entryId);
    const { state, version } = await decideEntry(ctx, entryId, { type: 'scheduling.DeclineWaitlistOffer', data: { entryId } });
    await offerSlotToNext(ctx, { practitionerId: before.practitionerId, type: before.type, ...before.offer! }, { skip: [entryId] });
    return entryView(state, version);
  },
});

/** Takes the patient off the waitlist; a slot they were holding passes to the next one. */
export const cancelWaitlistEntryHandler = handleCommand(CancelWaitlistEntry, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, entry: WaitlistEntryView | undefined) => entry?.patientId,
  async handle({ entryId }, ctx): Promise<WaitlistEntryView> {
    const before = await loadEntry(ctx, entryId);
    const { state, version, events } = await decideEntry(ctx, entryId, { type: 'scheduling.CancelWaitlistEntry', data: { entryId } });
    if (events.length > 0 && before.status === 'offered' && before.offer !== undefined) {
      await offerSlotToNext(ctx, { practitionerId: before.practitionerId, type: before.type, ...before.offer }, { skip: [entryId] });
    }
    return entryView(state, version);
  },
});

/**
 * Closes every offer whose hold ran out and passes each slot to the next suitable patient. Idempotent: a second
 * run at the same time finds nothing to do.
 */
export const expireWaitlistOffersHandler = handleCommand(ExpireWaitlistOffers, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, result: { expired: string[]; patients: string[] } | undefined) => result?.patients ?? [],
  async handle(_data, ctx): Promise<{ expired: string[]; offered: string[]; patients: string[] }> {
    const expired: string[] = [];
    const offered: string[] = [];
    const patients = new Set<string>();
    for (const entryId of await expiredOffers(ctx.sql, ctx.meta.now, EXPIRY_BATCH)) {
      const before = await loadEntry(ctx, entryId);
      const { events } = await decideEntry(ctx, entryId, { type: 'scheduling.ExpireWaitlistOffer', data: { entryId } });
      if (events.length === 0 || before.offer === undefined) continue;
      expired.push(entryId);
      patients.add(before.patientId);
      const next = await offerSlotToNext(
        ctx,
        { practitionerId: before.practitionerId, type: before.type, ...before.offer },
        { skip: [...expired, ...offered] },
      );
      if (next !== undefined) {
        offered.push(next);
        patients.add((await loadEntry(ctx, next)).patientId);
      }
    }
    return { expired, offered, patients: [...patients] };
  },
});

export const listWaitlistHandler = handleQuery(ListWaitlist, {
  permission: APPOINTMENT_READ,
  auditPatient: (_params, result: WaitlistList | undefined) => result?.items.map((e) => e.patientId) ?? [],
  async handle(params, ctx): Promise<WaitlistList> {
    return { items: await listOpenEntries(ctx.sql, params) };
  },
});
