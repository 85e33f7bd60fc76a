import type { FhirResource } from '@hms/sdk';
import type { AppointmentView } from '../contracts/queries';
import type { AppointmentStatus } from '../contracts/schemas';

export interface FhirAppointment extends FhirResource {
  readonly resourceType: 'Appointment';
  readonly id: string;
  readonly status: string;
  readonly start: string;
  readonly end: string;
  readonly participant: { actor: { reference?: string; type?: string; display?: string }; status: string }[];
}

/** The appointment's status in FHIR's words (http://hl7.org/fhir/appointmentstatus). */
const STATUS: Record<AppointmentStatus, string> = {
  booked: 'booked',
  'checked-in': 'arrived',
  completed: 'fulfilled',
  cancelled: 'cancelled',
  'no-show': 'noshow',
};

/**
 * An appointment: the patient and the practitioner as participants (the practitioner id is the staff directory's,
 * so it resolves to that Practitioner when staff is enabled), the place in words as a Location participant, the
 * type in words, start and end, the cancellation reason, and `meta.versionId` = the appointment's version.
 */
export function appointmentResource(appointment: AppointmentView): FhirAppointment {
  const minutes = Math.round((Date.parse(appointment.endsAt) - Date.parse(appointment.startsAt)) / 60_000);
  return {
    resourceType: 'Appointment',
    id: appointment.id,
    meta: { versionId: String(appointment.version), lastUpdated: appointment.updatedAt },
    status: STATUS[appointment.status],
    ...(appointment.cancelReason === undefined ? {} : { cancelationReason: { text: appointment.cancelReason } }),
    appointmentType: { text: appointment.type },
    start: appointment.startsAt,
    end: appointment.endsAt,
    minutesDuration: minutes,
    created: appointment.bookedAt,
    participant: [
      { actor: { reference: `Patient/${appointment.patientId}` }, status: 'accepted' },
      { actor: { reference: `Practitioner/${appointment.practitionerId}` }, status: 'accepted' },
      { actor: { type: 'Location', display: appointment.location }, status: 'accepted' },
    ],
  };
}
