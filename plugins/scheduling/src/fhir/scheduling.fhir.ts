import { defineFhirResource, ValidationError, type FhirSearchCriteria } from '@hms/sdk';
import { GetAppointment } from '../contracts/queries';
import { appointmentResource, type FhirAppointment } from './appointment';
import { GetFhirAppointments } from './fhir-appointments.queries';

const referencesOf = (a: FhirAppointment, type: string): string[] =>
  a.participant.flatMap((p) => (p.actor.reference?.startsWith(`${type}/`) ? [p.actor.reference] : []));

/** Appointments are read one patient at a time: a search naming no single patient is refused. */
function patientOf(criteria: FhirSearchCriteria): { patientId: string } {
  if (criteria.patient === undefined) {
    throw new ValidationError(
      [{ path: 'patient', message: 'Name one patient: patient=Patient/<id>' }],
      'FHIR_PATIENT_REQUIRED',
    );
  }
  return { patientId: criteria.patient };
}

export const appointmentFhirResource = defineFhirResource({
  type: 'Appointment',
  read: {
    query: GetAppointment,
    params: (id) => ({ id }),
    resource: (appointment) => appointmentResource(appointment),
  },
  search: {
    query: GetFhirAppointments,
    params: patientOf,
    resources: ({ items }) => items.map(appointmentResource),
    parameters: [
      {
        name: 'patient',
        type: 'reference',
        description: 'The patient (Patient/<id>)',
        values: (a: FhirAppointment) => referencesOf(a, 'Patient'),
      },
      {
        name: 'practitioner',
        type: 'reference',
        description: 'The practitioner (Practitioner/<id>)',
        values: (a: FhirAppointment) => referencesOf(a, 'Practitioner'),
      },
      {
        name: 'status',
        type: 'token',
        description: 'booked, arrived, fulfilled, cancelled or noshow',
        values: (a: FhirAppointment) => [{ system: 'http://hl7.org/fhir/appointmentstatus', code: a.status }],
      },
      {
        name: 'date',
        type: 'date',
        description: 'When it takes place',
        values: (a: FhirAppointment) => [{ start: a.start, end: a.end }],
      },
    ],
  },
});
