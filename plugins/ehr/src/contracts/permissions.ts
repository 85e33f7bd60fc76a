import { definePermission } from '@hms/sdk';

/**
 * The clinical permissions: under the care-relationship policy, their holders reach a patient only while caring
 * for them (see the care relationships in ../care/). Terminology carries no patient data.
 */

/** Reading the clinical record (chart, encounters, summaries). */
export const CHART_READ = definePermission('ehr:chart:read', "Read a patient's clinical record", { clinical: true });
/** Opening and closing encounters (visits and stays). */
export const ENCOUNTER_MANAGE = definePermission('ehr:encounter:manage', 'Open and close encounters', {
  clinical: true,
});
/** Vital signs and other observations. */
export const OBSERVATION_RECORD = definePermission(
  'ehr:observation:record',
  'Record vital signs and other observations',
  {
    clinical: true,
  },
);
/** Allergies and intolerances. */
export const ALLERGY_RECORD = definePermission('ehr:allergy:record', 'Record allergies and intolerances', {
  clinical: true,
});
/** Diagnoses and problems. */
export const PROBLEM_RECORD = definePermission('ehr:problem:record', 'Record and resolve diagnoses and problems', {
  clinical: true,
});
/** Prescribing is a physician's act: only this permission may prescribe, change or stop a medication. */
export const MEDICATION_PRESCRIBE = definePermission(
  'ehr:medication:prescribe',
  'Prescribe, change and stop medications',
  {
    clinical: true,
  },
);
/**
 * The ward's medication administration record (1.7): a nurse records each dose given, held or refused for an
 * inpatient she cares for.
 */
export const ADMINISTRATION_RECORD = definePermission(
  'ehr:administration:record',
  'Record medication doses given, held or refused on the ward',
  { clinical: true },
);
/** Treatment plans and their progress. */
export const PLAN_MANAGE = definePermission('ehr:plan:manage', 'Start treatment plans and record their progress', {
  clinical: true,
});
export const NOTE_READ = definePermission('ehr:note:read', 'Read clinical notes', { clinical: true });
export const NOTE_WRITE = definePermission('ehr:note:write', 'Write and amend clinical notes', { clinical: true });
/**
 * Adding colleagues to an encounter's care team opens the patient's record to them: clinical, so only someone who
 * cares for the patient (or the unrestricted) can do it.
 */
export const CARE_TEAM_MANAGE = definePermission(
  'ehr:care-team:manage',
  "Add and remove members of an encounter's care team",
  { clinical: true },
);
/** Signing makes a note part of the legal record. */
export const NOTE_SIGN = definePermission('ehr:note:sign', 'Sign clinical notes', { clinical: true });
/** Looking up ICD-10 and LOINC codes carries no patient data. */
export const TERMINOLOGY_READ = definePermission('ehr:terminology:read', 'Search ICD-10 and LOINC codes');
export const TERMINOLOGY_MANAGE = definePermission(
  'ehr:terminology:manage',
  "Load the hospital's full ICD-10 code list",
);

export const EHR_PERMISSIONS = [
  CHART_READ,
  ENCOUNTER_MANAGE,
  OBSERVATION_RECORD,
  ALLERGY_RECORD,
  PROBLEM_RECORD,
  MEDICATION_PRESCRIBE,
  ADMINISTRATION_RECORD,
  PLAN_MANAGE,
  NOTE_READ,
  NOTE_WRITE,
  NOTE_SIGN,
  CARE_TEAM_MANAGE,
  TERMINOLOGY_READ,
  TERMINOLOGY_MANAGE,
] as const;
