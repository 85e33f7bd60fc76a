import { handleCommand } from '@hms/sdk';
import { RecordAppointmentNoShow } from '../contracts/commands';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import type { AppointmentView } from '../contracts/queries';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { decideStep } from './appointment-step';

/**
 * The patient did not come. The slot stays held: its time has passed, and the record stays accurate for no-show
 * reports.
 */
export const recordAppointmentNoShowHandler = handleCommand(RecordAppointmentNoShow, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, appointment: AppointmentView | undefined) => appointment?.patientId,
  preload: ({ appointmentId }) => [appointmentStream(appointmentId)],
  handle: ({ appointmentId }, ctx): Promise<AppointmentView> =>
    decideStep(ctx, 'scheduling.RecordAppointmentNoShow', appointmentId),
});
