/**
 * The codes this plugin raises, with the SDK's error classes (the kernel maps them to problem+json).
 * Details carry ids only, never names or birth dates. Scheduling and admissions have their own plugins and codes.
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

/** Master patient index: identifiers, duplicates, merges. Details carry ids and MRNs only. */
/** ConflictError (409): another patient holds this identifier in this system. Details: `{ system, patientId }`. */
export const IDENTIFIER_IN_USE = 'IDENTIFIER_IN_USE';
/**
 * ConflictError (409): the registration looks like patients already in the directory. Details:
 * `{ candidates: [{ id, mrn }] }`; POST /api/patients/duplicates shows them to the front desk.
 */
export const POSSIBLE_DUPLICATE = 'POSSIBLE_DUPLICATE';
/**
 * InvariantViolation (422): the record was merged into another and takes no changes. Details: `{ patientId, mergedInto
 * }`.
 */
export const PATIENT_MERGED = 'PATIENT_MERGED';
/** InvariantViolation (422): a record cannot be merged into itself. Details: `{ patientId }`. */
export const MERGE_INTO_ITSELF = 'MERGE_INTO_ITSELF';
/** InvariantViolation (422): the survivor was itself merged away. Details: `{ patientId, mergedInto }`. */
export const MERGE_TARGET_MERGED = 'MERGE_TARGET_MERGED';
/**
 * InvariantViolation (422): the record to merge away has taken in others; merge the other way. Details: `{ patientId,
 * survivorId }`.
 */
export const MERGE_CHAIN = 'MERGE_CHAIN';
/** InvariantViolation (422): an unmerge of a record that is not merged away. Details: `{ patientId }`. */
export const PATIENT_NOT_MERGED = 'PATIENT_NOT_MERGED';
/**
 * InvariantViolation (422): an unmerge is ambiguous: an identifier of the merged-away record has since been recorded
 * on another record (usually its survivor), so the two cannot both have it back. Remove it there first. Details:
 * `{ patientId, heldBy }` (the record holding it).
 */
export const UNMERGE_IDENTIFIER_IN_USE = 'UNMERGE_IDENTIFIER_IN_USE';

export const MPI_ERROR_CODES = [
  IDENTIFIER_IN_USE,
  POSSIBLE_DUPLICATE,
  PATIENT_MERGED,
  MERGE_INTO_ITSELF,
  MERGE_TARGET_MERGED,
  MERGE_CHAIN,
  PATIENT_NOT_MERGED,
  UNMERGE_IDENTIFIER_IN_USE,
] as const;

export const PATIENT_ERROR_CODES = [
  PATIENT_NOT_FOUND,
  PATIENT_ALREADY_REGISTERED,
  BIRTH_DATE_IN_FUTURE,
  INVALID_IF_MATCH,
  INVALID_SEARCH,
  VERSION_CONFLICT,
  ...MPI_ERROR_CODES,
] as const;
