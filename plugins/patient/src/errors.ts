/**
 * The codes this plugin raises, with the SDK's error classes (the kernel maps them to problem+json).
 * Details carry ids only, never names or birth dates.
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

export const PATIENT_ERROR_CODES = [
  PATIENT_NOT_FOUND,
  PATIENT_ALREADY_REGISTERED,
  BIRTH_DATE_IN_FUTURE,
  INVALID_IF_MATCH,
  INVALID_SEARCH,
  VERSION_CONFLICT,
] as const;
