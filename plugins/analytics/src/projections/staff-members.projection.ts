import { defineProjection } from '@hms/sdk';
import {
  ContractTermAdded,
  EmployeeDetailsUpdated,
  EmployeeHired,
  EmploymentTerminated,
  PayRunCalculated,
  type ContractTerm,
} from '@hms/plugin-staff/contracts';

/** A term's contracted weekly hours from its first day: all analytics keeps of a contract (no grade, no salary). */
const weeklyHours = (term: ContractTerm): { from: string; hours: number } => ({
  from: term.from,
  hours: Math.round(term.fte * term.fullTimeWeeklyHours * 100) / 100,
});

/**
 * The workforce by id: department, position, employment dates and contracted weekly hours over time; and each pay
 * run's gross pay per employee with the department they were in when it was calculated (one projection, so the
 * department is the one of that moment; a recalculation replaces the period's figures). Names, contacts, salaries,
 * net pay and deductions are left out: cost is what the hospital pays, and reports group by department.
 */
export const staffMembersProjection = defineProjection({
  name: 'analytics.staff-members',
  handles: [EmployeeHired, EmployeeDetailsUpdated, ContractTermAdded, EmploymentTerminated, PayRunCalculated],
  tables: ['analytics.staff_members', 'analytics.staff_pay'],
  async evolve(event, sql) {
    switch (event.type) {
      case EmployeeHired.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO analytics.staff_members (employee_id, department_id, position, first_day, weekly_hours)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (employee_id) DO NOTHING`,
          [d.employeeId, d.departmentId, d.position, d.term.from, JSON.stringify([weeklyHours(d.term)])],
        );
        return;
      }
      case EmployeeDetailsUpdated.type: {
        const d = event.data;
        await sql.query(
          `UPDATE analytics.staff_members SET department_id = COALESCE($2, department_id),
             position = COALESCE($3, position) WHERE employee_id = $1`,
          [d.employeeId, d.departmentId ?? null, d.position ?? null],
        );
        return;
      }
      case ContractTermAdded.type: {
        const d = event.data;
        await sql.query(
          `UPDATE analytics.staff_members SET weekly_hours = weekly_hours || $2::jsonb
            WHERE employee_id = $1 AND NOT weekly_hours @> $2::jsonb`,
          [d.employeeId, JSON.stringify([weeklyHours(d.term)])],
        );
        return;
      }
      case EmploymentTerminated.type:
        await sql.query(`UPDATE analytics.staff_members SET last_day = $2 WHERE employee_id = $1`, [
          event.data.employeeId,
          event.data.lastDay,
        ]);
        return;
      case PayRunCalculated.type: {
        const d = event.data;
        const key = [d.payGroup, d.period.from, d.period.to];
        await sql.query(
          `DELETE FROM analytics.staff_pay WHERE pay_group = $1 AND period_from = $2 AND period_to = $3`,
          key,
        );
        if (d.payslips.length === 0) return;
        await sql.query(
          `INSERT INTO analytics.staff_pay (pay_group, period_from, period_to, employee_id, department_id, currency, gross)
           SELECT $1, $2, $3, (p->>'employeeId')::uuid, m.department_id, p->>'currency', (p->>'gross')::bigint
             FROM jsonb_array_elements($4::jsonb) AS p
             LEFT JOIN analytics.staff_members m ON m.employee_id = (p->>'employeeId')::uuid`,
          [...key, JSON.stringify(d.payslips)],
        );
        return;
      }
      default:
        return;
    }
  },
});
