import { handleCommand } from '@hms/sdk';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import type { AppointmentView } from '../contracts/queries';
import { AcceptWaitlistOffer } from '../contracts/commands';
import { appointmentDecider } from '../domain/appointment/appointment.decider';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { waitlistDecider } from '../domain/waitlist/waitlist.decider';
import { waitlistEntryStream } from '../domain/waitlist/waitlist.stream';
import { appointmentView } from './appointment-view';
import { reserveSlot, resolveSlot } from './appointment-slot';
import { requireRegisteredPatient } from '@hms/plugin-patient/contracts';
import { decideEntry, loadEntry } from './waitlist-offers';

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
      {
        type: 'scheduling.BookAppointment',
        data: { ...slot, appointmentId, patientId: entry.patientId },
        meta: ctx.meta,
      },
      { expectedVersion: 'no-stream' },
    );
    await reserveSlot(ctx, appointmentId, slot);
    return appointmentView(state, version);
  },
});
