/**
 * The codes this plugin raises, with the SDK's error classes (the kernel maps them to problem+json). Details carry
 * ids and codes only, never names, diagnoses, values or note text.
 */

/**
 * NotFoundError (404): with the patient plugin enabled, no patient record has this id; nothing is filed.
 * Details: `{ patientId }`.
 */
export const PATIENT_NOT_FOUND = 'PATIENT_NOT_FOUND';
/**
 * InvariantViolation (422): the patient record was merged into another; record on the survivor instead.
 * Details: `{ patientId, mergedInto }`.
 */
export const PATIENT_MERGED = 'PATIENT_MERGED';
/** NotFoundError (404): no such encounter. Details: `{ encounterId }` or `{ stayId }`. */
export const ENCOUNTER_NOT_FOUND = 'ENCOUNTER_NOT_FOUND';
/** InvariantViolation (422): the encounter is already open (or already closed). Details: `{ encounterId }`. */
export const ENCOUNTER_ALREADY_OPEN = 'ENCOUNTER_ALREADY_OPEN';
export const ENCOUNTER_CLOSED = 'ENCOUNTER_CLOSED';
/** Removing from an encounter's care team someone who is not on it. */
export const CARE_TEAM_MEMBER_NOT_FOUND = 'CARE_TEAM_MEMBER_NOT_FOUND';
/** InvariantViolation (422): an encounter's start or end in the future, or an end before its start. `{ at }`. */
export const ENCOUNTER_TIME_OUT_OF_ORDER = 'ENCOUNTER_TIME_OUT_OF_ORDER';
/** NotFoundError (404): the ICD-10 code is in neither the shipped nor the loaded list. Details: `{ code }`. */
export const UNKNOWN_ICD10_CODE = 'UNKNOWN_ICD10_CODE';
/** NotFoundError (404): no such entry in this patient's chart. Details: the entry's id and `{ patientId }`. */
export const PROBLEM_NOT_FOUND = 'PROBLEM_NOT_FOUND';
export const ALLERGY_NOT_FOUND = 'ALLERGY_NOT_FOUND';
export const MEDICATION_NOT_FOUND = 'MEDICATION_NOT_FOUND';
export const PLAN_NOT_FOUND = 'PLAN_NOT_FOUND';
export const NOTE_NOT_FOUND = 'NOTE_NOT_FOUND';
export const GOAL_NOT_FOUND = 'GOAL_NOT_FOUND';
/** InvariantViolation (422): the entry is no longer active (resolved, stopped, closed). Details: its id. */
export const PROBLEM_ALREADY_RESOLVED = 'PROBLEM_ALREADY_RESOLVED';
export const MEDICATION_NOT_ACTIVE = 'MEDICATION_NOT_ACTIVE';
export const PLAN_NOT_ACTIVE = 'PLAN_NOT_ACTIVE';
/** InvariantViolation (422): entered-in-error is final; the entry stays only for the audit trail. */
export const ALLERGY_ENTERED_IN_ERROR = 'ALLERGY_ENTERED_IN_ERROR';
export const ALLERGY_STATUS_UNCHANGED = 'ALLERGY_STATUS_UNCHANGED';
/** InvariantViolation (422): the substance is already on the active allergy list. Details: `{ allergyId }`. */
export const ALLERGY_ALREADY_RECORDED = 'ALLERGY_ALREADY_RECORDED';
/**
 * InvariantViolation (422): the medication matches an active allergy or intolerance of the patient, or the same
 * drug is already prescribed and active, and the request's `override` does not name it (1.10). Details:
 * `{ allergyIds, medicationIds }`, every conflict not yet acknowledged (ids only).
 */
export const ALLERGY_CONFLICT = 'ALLERGY_CONFLICT';
export const DUPLICATE_MEDICATION = 'DUPLICATE_MEDICATION';
/** NotFoundError (404): the LOINC code is not one this hospital records. Details: `{ code }`. */
export const UNKNOWN_LOINC_CODE = 'UNKNOWN_LOINC_CODE';
/** InvariantViolation (422): the unit does not fit the code. Details: `{ code, unit, allowedUnits }`. */
export const UNIT_NOT_ALLOWED = 'UNIT_NOT_ALLOWED';
/** InvariantViolation (422): the value is outside what a living patient can have. Details: `{ code, unit }`. */
export const IMPLAUSIBLE_VALUE = 'IMPLAUSIBLE_VALUE';
/** InvariantViolation (422): a goal's target names a code or unit that do not fit. Details: `{ code, unit }`. */
export const INVALID_GOAL_TARGET = 'INVALID_GOAL_TARGET';
/** InvariantViolation (422): the note is signed (amend it first) or not signed (nothing to amend). */
export const NOTE_ALREADY_SIGNED = 'NOTE_ALREADY_SIGNED';
export const NOTE_NOT_SIGNED = 'NOTE_NOT_SIGNED';
/** InvariantViolation (422): a note with no text cannot be signed. */
export const NOTE_EMPTY = 'NOTE_EMPTY';

// The medication administration record (1.7).

/** InvariantViolation (422): doses are recorded during an open inpatient stay only. Details: `{ patientId }`. */
export const NOT_AN_INPATIENT = 'NOT_AN_INPATIENT';
/** InvariantViolation (422): a dose cannot be recorded for a time still to come. Details: `{ administeredAt }`. */
export const ADMINISTRATION_IN_FUTURE = 'ADMINISTRATION_IN_FUTURE';
/** InvariantViolation (422): a dose before the medication was prescribed. Details: `{ medicationId, prescribedAt }`. */
export const ADMINISTRATION_BEFORE_PRESCRIPTION = 'ADMINISTRATION_BEFORE_PRESCRIPTION';
