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
/**
 * Undoing a merge splits one person's record into two people's: a data-protection decision (the wrong merge showed
 * one person's record to another's clinicians), so it is a permission of its own, audited with both records.
 */
export const PATIENT_UNMERGE = definePermission('patient:record:unmerge', 'Undo a merge of patient records', {
  patientData: true,
});
