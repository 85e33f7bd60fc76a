/**
 * The codes of appointment scheduling. Each refusal a receptionist may see carries a message in their words;
 * details carry ids only.
 */

/**
 * NotFoundError (404): no registered patient has this id (the patient plugin's code, reused). Details: `{ patientId }`.
 */
export const PATIENT_NOT_FOUND = 'PATIENT_NOT_FOUND';

/** NotFoundError (404): the practitioner has no schedule yet. Details: `{ practitionerId }`. */
export const SCHEDULE_NOT_FOUND = 'SCHEDULE_NOT_FOUND';
/** NotFoundError (404): no appointment has this id. Details: `{ appointmentId }`. */
export const APPOINTMENT_NOT_FOUND = 'APPOINTMENT_NOT_FOUND';
/** InvariantViolation (422): the practitioner's schedule has no such appointment type. */
export const UNKNOWN_APPOINTMENT_TYPE = 'UNKNOWN_APPOINTMENT_TYPE';
/** InvariantViolation (422): the time is not inside the practitioner's availability, or they are away. */
export const OUTSIDE_AVAILABILITY = 'OUTSIDE_AVAILABILITY';
/** InvariantViolation (422): the appointment would start in the past. */
export const APPOINTMENT_IN_PAST = 'APPOINTMENT_IN_PAST';
/** InvariantViolation (422): a no-show can be recorded only once the appointment has started. */
export const APPOINTMENT_NOT_STARTED = 'APPOINTMENT_NOT_STARTED';
/** ConflictError (409): the practitioner already has an appointment overlapping this time. */
export const SLOT_TAKEN = 'SLOT_TAKEN';

/** ConflictError (409): the appointment's state does not allow the step asked for. Details: `{ appointmentId }`. */
export const APPOINTMENT_ALREADY_CHECKED_IN = 'APPOINTMENT_ALREADY_CHECKED_IN';
export const APPOINTMENT_ALREADY_COMPLETED = 'APPOINTMENT_ALREADY_COMPLETED';
export const APPOINTMENT_ALREADY_CANCELLED = 'APPOINTMENT_ALREADY_CANCELLED';
export const APPOINTMENT_ALREADY_NO_SHOW = 'APPOINTMENT_ALREADY_NO_SHOW';
export const APPOINTMENT_NOT_CHECKED_IN = 'APPOINTMENT_NOT_CHECKED_IN';

/** NotFoundError (404): no waitlist entry has this id. Details: `{ entryId }`. */
export const WAITLIST_ENTRY_NOT_FOUND = 'WAITLIST_ENTRY_NOT_FOUND';
/** ConflictError (409): the entry holds no offer to accept or decline (none yet, or it was answered). */
export const WAITLIST_NO_OFFER = 'WAITLIST_NO_OFFER';
/** ConflictError (409): the offer's hold ran out; the slot has passed or will pass to the next patient. */
export const WAITLIST_OFFER_EXPIRED = 'WAITLIST_OFFER_EXPIRED';
/** ConflictError (409): the entry is closed (booked or taken off the waitlist). */
export const WAITLIST_ENTRY_CLOSED = 'WAITLIST_ENTRY_CLOSED';

export const SCHEDULING_ERROR_CODES = [
  SCHEDULE_NOT_FOUND,
  APPOINTMENT_NOT_FOUND,
  UNKNOWN_APPOINTMENT_TYPE,
  OUTSIDE_AVAILABILITY,
  APPOINTMENT_IN_PAST,
  APPOINTMENT_NOT_STARTED,
  SLOT_TAKEN,
  APPOINTMENT_ALREADY_CHECKED_IN,
  APPOINTMENT_ALREADY_COMPLETED,
  APPOINTMENT_ALREADY_CANCELLED,
  APPOINTMENT_ALREADY_NO_SHOW,
  APPOINTMENT_NOT_CHECKED_IN,
  WAITLIST_ENTRY_NOT_FOUND,
  WAITLIST_NO_OFFER,
  WAITLIST_OFFER_EXPIRED,
  WAITLIST_ENTRY_CLOSED,
] as const;

/**
 * NotFoundError (404), with the staff plugin enabled: staff has no employee with this id, so no schedule may name
 * it. Details: `{ practitionerId }`.
 */
export const PRACTITIONER_NOT_FOUND = 'PRACTITIONER_NOT_FOUND';
/**
 * InvariantViolation (422), with the staff plugin enabled: the practitioner may not work that day (approved leave,
 * no valid licence, not employed). Details: `{ practitionerId, date, reason }`.
 */
export const PRACTITIONER_AWAY = 'PRACTITIONER_AWAY';
