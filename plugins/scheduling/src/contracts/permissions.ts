import { definePermission } from '@hms/sdk';

/** Define practitioners' weekly availability, appointment types and leave; no patient data. */
export const SCHEDULE_MANAGE = definePermission(
  'patient:schedule:manage',
  "Set practitioners' weekly availability, appointment types and leave",
);
/** See schedules and free slots; no patient data (a free slot names no patient). */
export const SCHEDULE_READ = definePermission(
  'patient:schedule:read',
  "See practitioners' schedules and free appointment slots",
);
export const APPOINTMENT_BOOK = definePermission(
  'patient:appointment:book',
  'Book, reschedule and cancel appointments; check patients in, complete and record no-shows',
  { patientData: true },
);
export const APPOINTMENT_READ = definePermission('patient:appointment:read', 'See appointments and day or week lists', {
  patientData: true,
});
