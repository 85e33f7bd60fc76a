import { defineReplica, z } from '@hms/sdk';
import { PATIENT_EVENTS } from '../contracts/events';
import { GetPatient } from '../contracts/queries';
import { patientStream } from '../domain/patient/patient.stream';

/**
 * One patient as the banner shows them (name, MRN, age and sex) on every screen about them, online and offline
 * alike: kept for each patient on a kept bed board. Every change to the patient is an event on their own stream
 * (a merge too: the merged record says where it went), so only those send the copy again.
 */
export const patientReplica = defineReplica({
  name: 'patient.Patient',
  description: "A patient's identity: name, MRN, birth date, sex",
  query: GetPatient,
  params: z.strictObject({ patientId: z.uuid() }),
  toQuery: ({ patientId }) => ({ id: patientId }),
  events: PATIENT_EVENTS,
  changedRows: (event, { patientId }) => (event.streamId === patientStream(patientId) ? ['answer'] : []),
  streams: ({ patientId }) => [patientStream(patientId)],
  limits: { maxRows: 1, maxAgeHours: 12 },
});
