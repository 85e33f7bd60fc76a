import { handleCommand } from '@hms/sdk';
import { CheckInAppointment } from '../contracts/commands';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import type { AppointmentView } from '../contracts/queries';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { decideStep } from './appointment-step';

/** The patient arrived: the appointment moves from booked to checked in. */
export const checkInAppointmentHandler = handleCommand(CheckInAppointment, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, appointment: AppointmentView | undefined) => appointment?.patientId,
  preload: ({ appointmentId }) => [appointmentStream(appointmentId)],
  handle: ({ appointmentId }, ctx): Promise<AppointmentView> =>
    decideStep(ctx, 'scheduling.CheckInAppointment', appointmentId),
});
