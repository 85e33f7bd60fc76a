import { defineClinicianIdentity } from '@hms/sdk';

/**
 * A login account linked to an employee record is that employee in schedules and admissions (scheduling names its
 * practitioners by employee id): the care relationships then find it without a second link in the kernel. A
 * leaver's account is nobody's.
 */
export const employeeIdentity = defineClinicianIdentity({
  name: 'staff.employee',
  statement: `SELECT id::text AS id FROM staff.employees WHERE account_id = $account AND status = 'employed'`,
});
