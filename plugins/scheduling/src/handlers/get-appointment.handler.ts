import { handleQuery } from '@hms/sdk';
import { APPOINTMENT_READ } from '../contracts/permissions';
import { GetAppointment, type AppointmentView } from '../contracts/queries';
import { appointmentNotFound } from '../domain/appointment/appointment.refusals';
import { findAppointmentView } from '../projections/appointments.read';

export const getAppointmentHandler = handleQuery(GetAppointment, {
  permission: APPOINTMENT_READ,
  auditPatient: (_params, appointment: AppointmentView | undefined) => appointment?.patientId,
  async handle({ id }, ctx): Promise<AppointmentView> {
    const view = await findAppointmentView(ctx.sql, id);
    if (view === undefined) throw appointmentNotFound(id);
    return view;
  },
});
