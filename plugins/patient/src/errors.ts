/**
 * The codes this plugin raises, with the SDK's error classes (the kernel maps them to problem+json).
 * Details carry ids only, never names or birth dates. Appointment scheduling's codes are in scheduling.errors.ts.
 */

/** NotFoundError (404): no registered patient has this id. Details: `{ patientId }`. */
export const PATIENT_NOT_FOUND = 'PATIENT_NOT_FOUND';
/** InvariantViolation (422): the stream already holds a registered patient. Details: `{ patientId }`. */
export const PATIENT_ALREADY_REGISTERED = 'PATIENT_ALREADY_REGISTERED';
/** InvariantViolation (422): the birth date is after today (anywhere on Earth). Details: `{ patientId }`. */
export const BIRTH_DATE_IN_FUTURE = 'BIRTH_DATE_IN_FUTURE';
/** ValidationError (400): the `If-Match` header is not `"<version>"`, `W/"<version>"`, `<version>` or `*`. */
export const INVALID_IF_MATCH = 'INVALID_IF_MATCH';
/** ValidationError (400): the search text is a 9-digit number with a wrong check digit, or too many words. */
export const INVALID_SEARCH = 'INVALID_SEARCH';

/**
 * Raised by the kernel's event store, not by this plugin: ConflictError (409) when `If-Match` names a version
 * that is no longer current.
 */
export const VERSION_CONFLICT = 'VERSION_CONFLICT';

/**
 * Admissions, transfers, discharges, wards and beds. Each refusal carries a message a ward clerk can act on;
 * details carry ids only.
 */
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
/** InvariantViolation (422): the patient is not admitted (nothing to transfer or discharge). Details: `{ patientId }`. */
export const PATIENT_NOT_ADMITTED = 'PATIENT_NOT_ADMITTED';
/** InvariantViolation (422): a transfer to the bed the patient is already in. Details: `{ patientId, bedId }`. */
export const SAME_BED = 'SAME_BED';
/** InvariantViolation (422): the bed and the stay disagree about who is in the bed (a bug). Details: `{ bedId, stayId }`. */
export const BED_NOT_HELD_BY_STAY = 'BED_NOT_HELD_BY_STAY';
/** InvariantViolation (422): an admission, transfer or discharge time in the future. Details: `{ patientId }`. */
export const ADT_TIME_IN_FUTURE = 'ADT_TIME_IN_FUTURE';
/** InvariantViolation (422): a time before the patient's previous movement. Details: `{ patientId }`. */
export const ADT_TIME_OUT_OF_ORDER = 'ADT_TIME_OUT_OF_ORDER';

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
] as const;

/** Master patient index: identifiers, duplicates, merges. Details carry ids and MRNs only. */
/** ConflictError (409): another patient holds this identifier in this system. Details: `{ system, patientId }`. */
export const IDENTIFIER_IN_USE = 'IDENTIFIER_IN_USE';
/**
 * ConflictError (409): the registration looks like patients already in the directory. Details:
 * `{ candidates: [{ id, mrn }] }`; POST /api/patients/duplicates shows them to the front desk.
 */
export const POSSIBLE_DUPLICATE = 'POSSIBLE_DUPLICATE';
/** InvariantViolation (422): the record was merged into another and takes no changes. Details: `{ patientId, mergedInto }`. */
export const PATIENT_MERGED = 'PATIENT_MERGED';
/** InvariantViolation (422): a record cannot be merged into itself. Details: `{ patientId }`. */
export const MERGE_INTO_ITSELF = 'MERGE_INTO_ITSELF';
/** InvariantViolation (422): the survivor was itself merged away. Details: `{ patientId, mergedInto }`. */
export const MERGE_TARGET_MERGED = 'MERGE_TARGET_MERGED';
/** InvariantViolation (422): the record to merge away has taken in others; merge the other way. Details: `{ patientId, survivorId }`. */
export const MERGE_CHAIN = 'MERGE_CHAIN';

export const MPI_ERROR_CODES = [
  IDENTIFIER_IN_USE,
  POSSIBLE_DUPLICATE,
  PATIENT_MERGED,
  MERGE_INTO_ITSELF,
  MERGE_TARGET_MERGED,
  MERGE_CHAIN,
] as const;

export const PATIENT_ERROR_CODES = [
  PATIENT_NOT_FOUND,
  PATIENT_ALREADY_REGISTERED,
  BIRTH_DATE_IN_FUTURE,
  INVALID_IF_MATCH,
  INVALID_SEARCH,
  VERSION_CONFLICT,
  ...ADT_ERROR_CODES,
  ...MPI_ERROR_CODES,
] as const;
