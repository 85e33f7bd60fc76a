import { definePermission } from '@hms/sdk';

export const PATIENT_READ = definePermission('patient:record:read', 'Look up and search patients', {
  patientData: true,
});
export const PATIENT_REGISTER = definePermission('patient:record:register', 'Register new patients', {
  patientData: true,
});
export const PATIENT_UPDATE = definePermission('patient:record:update', "Correct or update a patient's demographics", {
  patientData: true,
});
/** Merging two records is irreversible in practice (both histories stay, but the merged MRN redirects): kept apart. */
export const PATIENT_MERGE = definePermission('patient:record:merge', 'Merge duplicate patient records', {
  patientData: true,
});
