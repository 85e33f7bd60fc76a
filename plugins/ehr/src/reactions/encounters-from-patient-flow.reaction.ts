import { defineReaction, reactWith } from '@hms/sdk';
import { PatientAdmitted, PatientDischarged } from '@hms/plugin-adt/contracts';
import { AppointmentCheckedIn } from '@hms/plugin-scheduling/contracts';
import { CloseEncounter, OpenEncounter } from '../contracts/commands';

/**
 * When scheduling and admissions (adt) are enabled, the clinical record follows the patient's path through the
 * hospital: a check-in opens an outpatient visit, an admission opens an inpatient stay, a discharge closes that
 * stay. One reaction for all three, so a discharge is always handled after the admission it ends (global order).
 * With either plugin disabled its events never come, and the reaction still runs for the other's.
 */
export const encountersFromPatientFlow = defineReaction({
  name: 'ehr.encounters-from-patient-flow',
  handles: [AppointmentCheckedIn, PatientAdmitted, PatientDischarged],
  react(event) {
    switch (event.type) {
      case 'patient.AppointmentCheckedIn':
        return [
          reactWith(OpenEncounter, {
            patientId: event.data.patientId,
            class: 'outpatient',
            appointmentId: event.data.appointmentId,
            startedAt: event.data.checkedInAt,
          }),
        ];
      case 'patient.PatientAdmitted':
        return [
          reactWith(OpenEncounter, {
            patientId: event.data.patientId,
            class: 'inpatient',
            stayId: event.data.stayId,
            reason: event.data.reason.category,
            // The stay began when the patient was admitted, not when this reaction ran (a back-dated admission,
            // or a reaction catching up after a restart).
            startedAt: event.data.admittedAt,
          }),
        ];
      case 'patient.PatientDischarged':
        return [
          reactWith(CloseEncounter, {
            stayId: event.data.stayId,
            because: 'discharged',
            endedAt: event.data.dischargedAt,
          }),
        ];
      default:
        return [];
    }
  },
});
