import { handleCommand } from '@hms/sdk';
import { CompleteAppointment } from '../contracts/commands';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import type { AppointmentView } from '../contracts/queries';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { decideStep } from './appointment-step';

/** The visit took place: only a checked-in appointment can be completed. */
export const completeAppointmentHandler = handleCommand(CompleteAppointment, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, appointment: AppointmentView | undefined) => appointment?.patientId,
  preload: ({ appointmentId }) => [appointmentStream(appointmentId)],
  handle: ({ appointmentId }, ctx): Promise<AppointmentView> =>
    decideStep(ctx, 'scheduling.CompleteAppointment', appointmentId),
});
