import { defineQuery, handleQuery, z } from '@hms/sdk';
import { APPOINTMENT_READ } from '../contracts/permissions';
import type { AppointmentList } from '../contracts/queries';
import { listAppointmentViews } from '../projections/appointments.read';

/** The whole span a FHIR search reads: a patient's appointments of any date (at most 1000, by start). */
const EVER = { from: '1900-01-01T00:00:00.000Z', to: '9999-12-31T00:00:00.000Z' };

/**
 * A patient's appointments of any date, for the FHIR server (the REST list reads a window of at most 31 days).
 * Not published: only this plugin's FHIR contribution asks it. Audited like the REST list.
 */
export const GetFhirAppointments = defineQuery(
  'scheduling.GetFhirAppointments',
  z.strictObject({ patientId: z.uuid() }),
  "A patient's appointments of any date, for the FHIR server",
).returns<AppointmentList>();

export const getFhirAppointmentsHandler = handleQuery(GetFhirAppointments, {
  permission: APPOINTMENT_READ,
  auditPatient: (params) => params.patientId,
  async handle({ patientId }, ctx): Promise<AppointmentList> {
    return { items: await listAppointmentViews(ctx.sql, { patientId, ...EVER }) };
  },
});
