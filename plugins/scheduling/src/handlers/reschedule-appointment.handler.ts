import { handleCommand } from '@hms/sdk';
import { RescheduleAppointment } from '../contracts/commands';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import type { AppointmentView } from '../contracts/queries';
import { appointmentDecider } from '../domain/appointment/appointment.decider';
import { appointmentNotFound, forbiddenStep } from '../domain/appointment/appointment.refusals';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { appointmentView } from './appointment-view';
import { releaseSlot, reserveSlot, resolveSlot } from './appointment-slot';
import { offerSlotToNext } from './waitlist-offers';
import { checkMoveAtWork } from './booking-at-work';

/**
 * Moves a booked appointment in one transaction: `AppointmentRescheduled` on the appointment, its old time
 * released and the new one reserved on the practitioner's days. If the new time is taken, nothing changes and the
 * patient keeps the old time. Same practitioner and type; another practitioner is a cancel and a new booking.
 */
export const rescheduleAppointmentHandler = handleCommand(RescheduleAppointment, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, appointment: AppointmentView | undefined) => appointment?.patientId,
  prepare: ({ appointmentId, startsAt }, ctx) => checkMoveAtWork(ctx, appointmentId, new Date(startsAt).toISOString()),
  preload: ({ appointmentId }) => [appointmentStream(appointmentId)],
  async handle({ appointmentId, startsAt }, ctx): Promise<AppointmentView> {
    const stream = appointmentStream(appointmentId);
    const { state: current } = await ctx.streams.load(stream, appointmentDecider);
    if (current.status === 'none') throw appointmentNotFound(appointmentId);
    // Refuse a finished appointment before looking at the new time: that is the answer the desk needs.
    if (current.status !== 'booked') throw forbiddenStep('reschedule', current.status, appointmentId);
    const slot = await resolveSlot(ctx, current.practitionerId, current.type, new Date(startsAt).toISOString());
    const { state, version, events } = await ctx.streams.decide(stream, appointmentDecider, {
      type: 'scheduling.RescheduleAppointment',
      data: { appointmentId, startsAt: slot.startsAt, endsAt: slot.endsAt, location: slot.location },
      meta: ctx.meta,
    });
    if (events.length > 0) {
      await releaseSlot(ctx, appointmentId, current);
      await reserveSlot(ctx, appointmentId, slot);
      // The time left behind goes to the waitlist, unless the new time overlaps it (moved by a few minutes).
      const overlaps = slot.startsAt < current.endsAt && current.startsAt < slot.endsAt;
      if (!overlaps) await offerSlotToNext(ctx, current, { freedBy: appointmentId });
    }
    return appointmentView(state, version);
  },
});
