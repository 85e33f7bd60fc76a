import { handleCommand } from '@hms/sdk';
import { CancelAppointment } from '../contracts/commands';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import type { AppointmentView } from '../contracts/queries';
import { appointmentDecider } from '../domain/appointment/appointment.decider';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { appointmentView } from './appointment-view';
import { releaseSlot } from './appointment-slot';
import { offerSlotToNext } from './waitlist-offers';

/**
 * Cancels with a reason and, in the same transaction, frees the time for another booking and offers it to the
 * first suitable patient on the waitlist.
 */
export const cancelAppointmentHandler = handleCommand(CancelAppointment, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, appointment: AppointmentView | undefined) => appointment?.patientId,
  preload: ({ appointmentId }) => [appointmentStream(appointmentId)],
  async handle(data, ctx): Promise<AppointmentView> {
    const { state, version } = await ctx.streams.decide(appointmentStream(data.appointmentId), appointmentDecider, {
      type: 'scheduling.CancelAppointment',
      data,
      meta: ctx.meta,
    });
    const view = appointmentView(state, version);
    await releaseSlot(ctx, data.appointmentId, view);
    await offerSlotToNext(ctx, view, { freedBy: data.appointmentId });
    return view;
  },
});
