import { handleCommand } from '@hms/sdk';
import { BookAppointment } from '../contracts/commands';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import type { AppointmentView } from '../contracts/queries';
import { appointmentDecider } from '../domain/appointment/appointment.decider';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { appointmentView } from './appointment-view';
import { bookingStreams, reserveSlot, resolveSlot } from './appointment-slot';
import { requireRegisteredPatient } from '@hms/plugin-patient/contracts';
import { checkBookingAtWork } from './booking-at-work';

/**
 * Books in one command, so in one transaction: the new appointment stream and the slot lock on the
 * practitioner's day(s). Refusals come in the order a receptionist fixes them: unknown patient (404), with staff
 * the practitioner away that day (422), no schedule (404), outside availability (422), in the past (422), taken
 * (409). The streams it reads are named in `preload`, so a batch of bookings reads all of theirs in one round
 * trip; the slot lock stays exact, because the reservation is appended at the day's version it was decided on.
 */
// #region preload
export const bookAppointmentHandler = handleCommand(BookAppointment, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (data) => data.patientId,
  prepare: async (data, ctx) => {
    await requireRegisteredPatient(ctx, data.patientId);
    await checkBookingAtWork(ctx, data.practitionerId, data.type, new Date(data.startsAt).toISOString());
  },
  preload: (data) => bookingStreams(data.practitionerId, new Date(data.startsAt).toISOString()),
  // #endregion preload
  async handle(data, ctx): Promise<AppointmentView> {
    const slot = await resolveSlot(ctx, data.practitionerId, data.type, new Date(data.startsAt).toISOString());
    const appointmentId = ctx.newId();
    const { state, version } = await ctx.streams.decide(
      appointmentStream(appointmentId),
      appointmentDecider,
      {
        type: 'scheduling.BookAppointment',
        data: { ...slot, appointmentId, patientId: data.patientId },
        meta: ctx.meta,
      },
      { expectedVersion: 'no-stream' },
    );
    await reserveSlot(ctx, appointmentId, slot);
    return appointmentView(state, version);
  },
});
