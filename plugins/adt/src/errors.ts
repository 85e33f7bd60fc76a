/**
 * The codes admissions, transfers, discharges, wards and beds raise, with the SDK's error classes (the kernel maps
 * them to problem+json). Each refusal carries a message a ward clerk can act on; details carry ids only.
 */

/**
 * NotFoundError (404): no registered patient has this id (the patient plugin's code, reused). Details: `{ patientId }`.
 */
export const PATIENT_NOT_FOUND = 'PATIENT_NOT_FOUND';
/** NotFoundError (404): no ward has this id. Details: `{ wardId }`. */
export const WARD_NOT_FOUND = 'WARD_NOT_FOUND';
/** InvariantViolation (422): another ward already uses this code. Details: `{ code }` (not patient data). */
export const WARD_CODE_TAKEN = 'WARD_CODE_TAKEN';
/** InvariantViolation (422): a ward id defined twice (a replayed id; never from the routes). Details: `{ wardId }`. */
export const WARD_ALREADY_DEFINED = 'WARD_ALREADY_DEFINED';
/** NotFoundError (404): the ward has no such bed (never added, or removed). Details: `{ wardId, bedId }`. */
export const BED_NOT_FOUND = 'BED_NOT_FOUND';
/** InvariantViolation (422): another bed on the ward already has this label. Details: `{ wardId }`. */
export const BED_LABEL_TAKEN = 'BED_LABEL_TAKEN';
/** InvariantViolation (422): a patient is in the bed. Details: `{ bedId }`. */
export const BED_OCCUPIED = 'BED_OCCUPIED';
/** InvariantViolation (422): the bed is out of service. Details: `{ bedId }`. */
export const BED_OUT_OF_SERVICE = 'BED_OUT_OF_SERVICE';
/** InvariantViolation (422): the patient already has an open stay. Details: `{ patientId, stayId }`. */
export const PATIENT_ALREADY_ADMITTED = 'PATIENT_ALREADY_ADMITTED';
/**
 * InvariantViolation (422): the patient is not admitted (nothing to transfer or discharge). Details: `{ patientId }`.
 */
export const PATIENT_NOT_ADMITTED = 'PATIENT_NOT_ADMITTED';
/** InvariantViolation (422): a transfer to the bed the patient is already in. Details: `{ patientId, bedId }`. */
export const SAME_BED = 'SAME_BED';
/**
 * InvariantViolation (422): the bed and the stay disagree about who is in the bed (a bug). Details: `{ bedId, stayId
 * }`.
 */
export const BED_NOT_HELD_BY_STAY = 'BED_NOT_HELD_BY_STAY';
/** InvariantViolation (422): an admission, transfer or discharge time in the future. Details: `{ patientId }`. */
export const ADT_TIME_IN_FUTURE = 'ADT_TIME_IN_FUTURE';
/** InvariantViolation (422): a time before the patient's previous movement. Details: `{ patientId }`. */
export const ADT_TIME_OUT_OF_ORDER = 'ADT_TIME_OUT_OF_ORDER';
/** Ending a ward-staff assignment that is not in force. */
export const WARD_STAFF_NOT_ASSIGNED = 'WARD_STAFF_NOT_ASSIGNED';
/**
 * InvariantViolation (422): an admission time before the patient's registration. Details: `{ patientId }`.
 */
export const ADT_TIME_BEFORE_REGISTRATION = 'ADT_TIME_BEFORE_REGISTRATION';
/**
 * InvariantViolation (422): an admission or transfer time before the bed was added to its ward. Details:
 * `{ patientId, bedId }`.
 */
export const ADT_TIME_BEFORE_BED_ADDED = 'ADT_TIME_BEFORE_BED_ADDED';
/**
 * InvariantViolation (422): an admission or transfer dated when the bed was not free (before the last patient left
 * it, or before it came back into service). Details: `{ bedId }`.
 */
export const BED_NOT_FREE_AT_THAT_TIME = 'BED_NOT_FREE_AT_THAT_TIME';

export const ADT_ERROR_CODES = [
  WARD_NOT_FOUND,
  WARD_CODE_TAKEN,
  WARD_ALREADY_DEFINED,
  BED_NOT_FOUND,
  BED_LABEL_TAKEN,
  BED_OCCUPIED,
  BED_OUT_OF_SERVICE,
  PATIENT_ALREADY_ADMITTED,
  PATIENT_NOT_ADMITTED,
  SAME_BED,
  BED_NOT_HELD_BY_STAY,
  ADT_TIME_IN_FUTURE,
  ADT_TIME_OUT_OF_ORDER,
  WARD_STAFF_NOT_ASSIGNED,
  ADT_TIME_BEFORE_REGISTRATION,
  ADT_TIME_BEFORE_BED_ADDED,
  BED_NOT_FREE_AT_THAT_TIME,
] as const;
