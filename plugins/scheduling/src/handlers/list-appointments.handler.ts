import { handleQuery } from '@hms/sdk';
import { APPOINTMENT_READ } from '../contracts/permissions';
import { ListAppointments, type AppointmentList } from '../contracts/queries';
import { listAppointmentViews } from '../projections/appointments.read';

/** A day or week list; the audit log records every patient on it. */
export const listAppointmentsHandler = handleQuery(ListAppointments, {
  permission: APPOINTMENT_READ,
  auditPatient: (_params, list: AppointmentList | undefined) => [
    ...new Set(list?.items.map((appointment) => appointment.patientId)),
  ],
  async handle(params, ctx): Promise<AppointmentList> {
    const from = new Date(params.from).toISOString();
    const to = new Date(params.to).toISOString();
    return { items: await listAppointmentViews(ctx.sql, { ...params, from, to }) };
  },
});
