import { defineProjection } from '@hms/sdk';
import {
  ContractTermAdded,
  EmployeeDetailsUpdated,
  EmployeeHired,
  EmploymentTerminated,
} from '../contracts/employee.events';

/**
 * The staff directory, one row per employee. Inline, so the HR officer who hires someone finds them at once, and
 * the unique staff-number and account keys back up the handler's checks when two hires race.
 */
export const employeesProjection = defineProjection({
  name: 'staff.employees',
  mode: 'inline',
  handles: [EmployeeHired, EmployeeDetailsUpdated, ContractTermAdded, EmploymentTerminated],
  tables: ['staff.employees'],
  async evolve(event, sql) {
    if (event.type === EmployeeHired.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO staff.employees (id, staff_number, given_name, family_name, work_email, phone, department_id,
           position, account_id, status, first_day, terms, hired_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'employed', $10, $11, $12) ON CONFLICT (id) DO NOTHING`,
        [
          d.employeeId,
          d.staffNumber,
          d.givenName,
          d.familyName,
          d.workEmail,
          d.phone ?? null,
          d.departmentId,
          d.position,
          d.accountId ?? null,
          d.term.from,
          JSON.stringify([d.term]),
          d.at,
        ],
      );
    } else if (event.type === EmployeeDetailsUpdated.type) {
      const d = event.data;
      await sql.query(
        `UPDATE staff.employees SET given_name = coalesce($2, given_name), family_name = coalesce($3, family_name),
           work_email = coalesce($4, work_email), phone = coalesce($5, phone),
           department_id = coalesce($6::uuid, department_id), position = coalesce($7, position),
           account_id = coalesce($8, account_id)
         WHERE id = $1`,
        [
          d.employeeId,
          d.givenName ?? null,
          d.familyName ?? null,
          d.workEmail ?? null,
          d.phone ?? null,
          d.departmentId ?? null,
          d.position ?? null,
          d.accountId ?? null,
        ],
      );
    } else if (event.type === ContractTermAdded.type) {
      const d = event.data;
      await sql.query(`UPDATE staff.employees SET terms = terms || $2::jsonb WHERE id = $1`, [
        d.employeeId,
        JSON.stringify([d.term]),
      ]);
    } else {
      const d = event.data;
      await sql.query(`UPDATE staff.employees SET status = 'left', last_day = $2 WHERE id = $1`, [
        d.employeeId,
        d.lastDay,
      ]);
    }
  },
});
