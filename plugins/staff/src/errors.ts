/**
 * The codes this plugin raises, with the SDK's error classes (the kernel maps them to problem+json). Details carry
 * ids, dates and numbers only.
 */

/** NotFoundError (404): no such employee, licence, leave request, swap. Details: its id. */
export const EMPLOYEE_NOT_FOUND = 'EMPLOYEE_NOT_FOUND';
export const LICENCE_NOT_FOUND = 'LICENCE_NOT_FOUND';
export const LEAVE_REQUEST_NOT_FOUND = 'LEAVE_REQUEST_NOT_FOUND';
export const SHIFT_SWAP_NOT_FOUND = 'SHIFT_SWAP_NOT_FOUND';
/** ConflictError (409): the id is already used. Details: its id. */
export const EMPLOYEE_ALREADY_HIRED = 'EMPLOYEE_ALREADY_HIRED';
export const LICENCE_ALREADY_RECORDED = 'LICENCE_ALREADY_RECORDED';
export const SHIFT_SWAP_ALREADY_REQUESTED = 'SHIFT_SWAP_ALREADY_REQUESTED';
/** InvariantViolation (422): the employment has ended. Details: `{ employeeId, lastDay }`. */
export const EMPLOYMENT_ENDED = 'EMPLOYMENT_ENDED';
/**
 * InvariantViolation (422): a contract term must start after the current one and end after it starts.
 * Details: `{ employeeId, from }`.
 */
export const CONTRACT_TERM_OUT_OF_ORDER = 'CONTRACT_TERM_OUT_OF_ORDER';
/** InvariantViolation (422): a date range ends before it starts. Details: `{ from, to }`. */
export const DATES_OUT_OF_ORDER = 'DATES_OUT_OF_ORDER';
/** InvariantViolation (422): the last day is before the first term started. Details: `{ employeeId, lastDay }`. */
export const LAST_DAY_BEFORE_START = 'LAST_DAY_BEFORE_START';
/** InvariantViolation (422): a renewal must move the expiry date later. Details: `{ licenceId, expiresOn }`. */
export const LICENCE_RENEWAL_NOT_LATER = 'LICENCE_RENEWAL_NOT_LATER';
/**
 * InvariantViolation (422): the licence has not reached its expiry date, or is already expired.
 * Details: `{ licenceId, expiresOn }`.
 */
export const LICENCE_NOT_EXPIRED = 'LICENCE_NOT_EXPIRED';
export const LICENCE_ALREADY_EXPIRED = 'LICENCE_ALREADY_EXPIRED';
/** InvariantViolation (422): not enough leave left. Details: `{ employeeId, type, requested, available }`. */
export const INSUFFICIENT_LEAVE_BALANCE = 'INSUFFICIENT_LEAVE_BALANCE';
/** InvariantViolation (422): the dates overlap another pending or approved request. Details: `{ requestId }`. */
export const LEAVE_OVERLAPS = 'LEAVE_OVERLAPS';
/** InvariantViolation (422): more working days than calendar days asked for. Details: `{ days, calendarDays }`. */
export const LEAVE_DAYS_EXCEED_DATES = 'LEAVE_DAYS_EXCEED_DATES';
/**
 * InvariantViolation (422): the request is no longer pending / the leave has started.
 * Details: `{ requestId, status }`.
 */
export const LEAVE_NOT_PENDING = 'LEAVE_NOT_PENDING';
export const LEAVE_ALREADY_STARTED = 'LEAVE_ALREADY_STARTED';
/** InvariantViolation (422): clocking in twice, or out without clocking in. Details: `{ employeeId }`. */
export const ALREADY_CLOCKED_IN = 'ALREADY_CLOCKED_IN';
export const NOT_CLOCKED_IN = 'NOT_CLOCKED_IN';
/** InvariantViolation (422): the swap is not in the state the step needs. Details: `{ swapId, status }`. */
export const SHIFT_SWAP_NOT_OPEN = 'SHIFT_SWAP_NOT_OPEN';
/** InvariantViolation (422): swapping with oneself. Details: `{ employeeId }`. */
export const SHIFT_SWAP_WITH_SELF = 'SHIFT_SWAP_WITH_SELF';
/** InvariantViolation (422): the swapped roster would break a hard rule. Details: `{ swapId, rules }`. */
export const SHIFT_SWAP_BREAKS_RULES = 'SHIFT_SWAP_BREAKS_RULES';
/** InvariantViolation (422): the pay run is locked / not calculated yet. Details: `{ payGroup, period }`. */
export const PAY_RUN_LOCKED = 'PAY_RUN_LOCKED';
export const PAY_RUN_NOT_CALCULATED = 'PAY_RUN_NOT_CALCULATED';
/**
 * InvariantViolation (422): a run of the period is still being calculated (lock it when it is done).
 * Details: `{ payGroup, period, run }`.
 */
export const PAY_RUN_RUNNING = 'PAY_RUN_RUNNING';
/**
 * InvariantViolation (422): a contract term is paid in another currency than the pay group.
 * Details: `{ employeeId, currency }`.
 */
export const CURRENCY_MISMATCH = 'CURRENCY_MISMATCH';
/**
 * NotFoundError (404) / ConflictError (409): no such training session or review / the id is already used.
 * Details: its id.
 */
export const TRAINING_SESSION_NOT_FOUND = 'TRAINING_SESSION_NOT_FOUND';
export const TRAINING_SESSION_EXISTS = 'TRAINING_SESSION_EXISTS';
export const REVIEW_NOT_FOUND = 'REVIEW_NOT_FOUND';
export const REVIEW_EXISTS = 'REVIEW_EXISTS';
/**
 * InvariantViolation (422): the session is full / the employee is booked already / not booked.
 * Details: `{ sessionId, employeeId }`.
 */
export const TRAINING_SESSION_FULL = 'TRAINING_SESSION_FULL';
export const TRAINING_ALREADY_BOOKED = 'TRAINING_ALREADY_BOOKED';
export const TRAINING_NOT_BOOKED = 'TRAINING_NOT_BOOKED';
/** InvariantViolation (422): attendance recorded before the session started. Details: `{ sessionId, startsAt }`. */
export const TRAINING_NOT_STARTED = 'TRAINING_NOT_STARTED';
/**
 * InvariantViolation (422): the review is signed (by one side: no more changes; by both: final).
 * Details: `{ reviewId, status }`.
 */
export const REVIEW_SIGNED = 'REVIEW_SIGNED';
/**
 * InvariantViolation (422): a rating names a goal that is not on the review, or misses one.
 * Details: `{ reviewId, goalId }`.
 */
export const REVIEW_RATING_MISMATCH = 'REVIEW_RATING_MISMATCH';
/**
 * InvariantViolation (422): sign-off before the review is rated, or twice by one side.
 * Details: `{ reviewId, party }`.
 */
export const REVIEW_NOT_RATED = 'REVIEW_NOT_RATED';
export const REVIEW_ALREADY_SIGNED = 'REVIEW_ALREADY_SIGNED';
/**
 * InvariantViolation (422): the roster breaks a hard rule / has shifts below their minimum not acknowledged.
 * Details: `{ wardId, rules }` / `{ wardId, shortfalls }`.
 */
export const ROSTER_BREAKS_RULES = 'ROSTER_BREAKS_RULES';
export const ROSTER_SHORT_STAFFED = 'ROSTER_SHORT_STAFFED';
/** ConflictError (409): the staff number or login account belongs to another employee. Details: `{ employeeId }`. */
export const STAFF_NUMBER_TAKEN = 'STAFF_NUMBER_TAKEN';
export const ACCOUNT_ALREADY_LINKED = 'ACCOUNT_ALREADY_LINKED';
/**
 * ForbiddenError (403): asking for or cancelling someone else's leave without `staff:employee:manage`, or no
 * employee record is linked to the signed-in account. Details: `{ employeeId }` / `{}`.
 */
export const NOT_OWN_RECORD = 'NOT_OWN_RECORD';
/** NotFoundError (404): the ward has no shift types yet, so it cannot be rostered. Details: `{ wardId }`. */
export const WARD_SHIFTS_NOT_DEFINED = 'WARD_SHIFTS_NOT_DEFINED';
/**
 * InvariantViolation (422): a swap names a shift the person is not on in a published roster, or two shifts of
 * different rosters. Details: `{ employeeId, shift }`.
 */
export const SHIFT_NOT_ON_ROSTER = 'SHIFT_NOT_ON_ROSTER';
/** NotFoundError (404): no such pay group, pay run or payslip. Details: `{ payGroup }` / `{ payGroup, period }`. */
export const PAY_GROUP_NOT_FOUND = 'PAY_GROUP_NOT_FOUND';
export const PAY_RUN_NOT_FOUND = 'PAY_RUN_NOT_FOUND';
export const PAYSLIP_NOT_FOUND = 'PAYSLIP_NOT_FOUND';
/** ConflictError (409): a department with this id is already on the list. Details: `{ departmentId }`. */
export const DEPARTMENT_EXISTS = 'DEPARTMENT_EXISTS';
/** ConflictError (409): another active department has this name (regardless of case). Details: `{ departmentId }`. */
export const DEPARTMENT_NAME_TAKEN = 'DEPARTMENT_NAME_TAKEN';
/**
 * NotFoundError (404): no department with this id on the list (and, for a hire or a move, none of the current
 * employees carries it either). Details: `{ departmentId }`.
 */
export const DEPARTMENT_NOT_FOUND = 'DEPARTMENT_NOT_FOUND';
/** InvariantViolation (422): the department is retired: no renaming, hiring into it or moving to it. */
export const DEPARTMENT_RETIRED = 'DEPARTMENT_RETIRED';
/**
 * InvariantViolation (422): a department still has employees, so it is not retired.
 * Details: `{ departmentId, employees }`.
 */
export const DEPARTMENT_IN_USE = 'DEPARTMENT_IN_USE';
