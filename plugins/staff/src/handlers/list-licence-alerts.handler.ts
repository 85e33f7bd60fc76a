import { handleQuery } from '@hms/sdk';
import { EMPLOYEE_READ } from '../contracts/permissions';
import { ListLicenceAlerts, type LicenceAlert } from '../contracts/queries';
import { hospitalToday, staffRules } from '../options';

interface AlertRow {
  id: string;
  employee_id: string;
  employee_name: string;
  staff_number: string;
  body: string;
  number: string;
  expires_on: string;
  days_left: number;
}

/**
 * The licence alerts HR works through: expired first (most overdue on top), then those due soonest. Leavers are
 * left out. A registration superseded by a newer one of the same body and number is not listed.
 */
export const listLicenceAlertsHandler = handleQuery(ListLicenceAlerts, {
  permission: EMPLOYEE_READ,
  async handle({ withinDays }, ctx): Promise<{ items: LicenceAlert[] }> {
    const rows = await ctx.sql.query<AlertRow>(
      `SELECT l.id, l.employee_id, e.given_name || ' ' || e.family_name AS employee_name, e.staff_number, l.body,
              l.number, to_char(l.expires_on, 'YYYY-MM-DD') AS expires_on, (l.expires_on - $1::date) AS days_left
         FROM staff.licences l JOIN staff.employees e ON e.id = l.employee_id
        WHERE e.status = 'employed' AND l.expires_on <= $1::date + $2::int
          AND NOT EXISTS (SELECT 1 FROM staff.licences newer
                           WHERE newer.employee_id = l.employee_id AND newer.body = l.body
                             AND newer.number = l.number AND newer.expires_on > l.expires_on)
        ORDER BY l.expires_on, l.id`,
      [hospitalToday(ctx.now, staffRules(ctx.options)), withinDays],
    );
    return {
      items: rows.map((r) => ({
        licenceId: r.id,
        employeeId: r.employee_id,
        employeeName: r.employee_name,
        staffNumber: r.staff_number,
        body: r.body,
        number: r.number,
        expiresOn: r.expires_on,
        status: r.days_left < 0 ? 'expired' : 'due',
        daysLeft: r.days_left,
      })),
    };
  },
});
