import { definePermission } from '@hms/sdk';

/**
 * Staff records are not patient data, so none of these is marked `patientData`. They are still personal data:
 * names, contacts and pay stay out of logs, error details and job payloads (ids only).
 */
export const EMPLOYEE_READ = definePermission(
  'staff:employee:read',
  'See employee records: contact details, department, position, contracts and licences',
);
export const EMPLOYEE_MANAGE = definePermission(
  'staff:employee:manage',
  'Hire employees, change their details and contracts, record and renew licences, end employment',
);
/**
 * Names, positions and licence status of practitioners, and whether they are at work on a date: what a booking
 * desk needs to name a calendar and offer slots, without contacts, contracts or pay.
 */
export const DIRECTORY_READ = definePermission(
  'staff:directory:read',
  "See practitioners' names, positions, licence status and days off work (for calendars and bookings)",
);
export const ROSTER_READ = definePermission('staff:roster:read', 'See ward rosters and shift types');
export const ROSTER_MANAGE = definePermission(
  'staff:roster:manage',
  'Define shift types, generate, edit and publish rosters, and decide shift swaps',
);
/** Every employee asks for their own leave; HR and managers may ask on someone's behalf (EMPLOYEE_MANAGE). */
export const LEAVE_REQUEST = definePermission(
  'staff:leave:request',
  'Ask for leave for oneself, cancel it, and see one’s own record, balances, leave and payslips',
);
export const LEAVE_APPROVE = definePermission(
  'staff:leave:approve',
  "See everyone's leave requests and approve or refuse them",
);
/** Every employee offers their shifts to colleagues and answers their offers; the ward manager decides. */
export const SHIFT_SWAP = definePermission(
  'staff:shift:swap',
  'Ask a colleague to swap or take one of one’s shifts, answer such requests, and see one’s swaps',
);
/** Courses made mandatory, sessions scheduled, places booked and attendance recorded. */
export const TRAINING_MANAGE = definePermission(
  'staff:training:manage',
  'Make courses mandatory, schedule training sessions, book places and record attendance',
);
/** Opening reviews, agreeing goals and rating them (the reviewer's side). */
export const REVIEW_MANAGE = definePermission(
  'staff:review:manage',
  'Open performance reviews, set their goals and rate them, and see every review',
);
/** Every employee sees and signs off their own reviews; a reviewer signs the ones they conducted. */
export const REVIEW_SIGN = definePermission(
  'staff:review:sign',
  'See and sign off one’s own performance reviews (as the employee or as the reviewer)',
);
export const TIME_CLOCK = definePermission('staff:time:clock', 'Clock employees in and out (a badge kiosk)');
export const PAYROLL_RUN = definePermission('staff:payroll:run', 'Run, check and lock pay runs; see payslips');

export const STAFF_PERMISSIONS = [
  EMPLOYEE_READ,
  EMPLOYEE_MANAGE,
  DIRECTORY_READ,
  ROSTER_READ,
  ROSTER_MANAGE,
  SHIFT_SWAP,
  LEAVE_REQUEST,
  LEAVE_APPROVE,
  TRAINING_MANAGE,
  REVIEW_MANAGE,
  REVIEW_SIGN,
  TIME_CLOCK,
  PAYROLL_RUN,
] as const;
