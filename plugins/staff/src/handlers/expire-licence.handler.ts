import { handleCommand } from '@hms/sdk';
import { ExpireLicence } from '../contracts/employee.commands';
import { EMPLOYEE_MANAGE } from '../contracts/permissions';
import { licenceDecider } from '../domain/licence/licence.decider';
import { licenceStream } from '../domain/streams';
import { raiseLicenceExpired } from '../notifications/licence-notifications';
import { hospitalToday, staffRules, type StaffRules } from '../options';

/**
 * Sent by the daily job (or by HR); the decider refuses a licence still valid today. A current employee's licence
 * raises `staff.licence-expired` to HR and its holder in the same transaction, and its reminders are resolved.
 */
export const expireLicenceHandler = handleCommand(ExpireLicence, {
  permission: EMPLOYEE_MANAGE,
  prepare: (_data, ctx): Promise<{ today: string; rules: StaffRules }> => {
    const rules = staffRules(ctx.options);
    return Promise.resolve({ today: hospitalToday(ctx.now, rules), rules });
  },
  async handle(data, ctx, { today, rules }): Promise<{ id: string }> {
    await ctx.streams.decide(licenceStream(data.licenceId), licenceDecider, {
      type: 'staff.ExpireLicence',
      data: { ...data, today },
      meta: ctx.meta,
    });
    const [holder] = await ctx.sql.query<{
      employee_id: string;
      account_id: string | null;
      staff_number: string;
      expires_on: string;
    }>(
      `SELECT l.employee_id::text AS employee_id, e.account_id, e.staff_number,
              to_char(l.expires_on, 'YYYY-MM-DD') AS expires_on
         FROM staff.licences l JOIN staff.employees e ON e.id = l.employee_id
        WHERE l.id = $1 AND e.status = 'employed'`,
      [data.licenceId],
    );
    if (holder) {
      raiseLicenceExpired(
        ctx,
        { licenceId: data.licenceId, employeeId: holder.employee_id, accountId: holder.account_id },
        {
          licenceId: data.licenceId,
          employeeId: holder.employee_id,
          staffNumber: holder.staff_number,
          expiresOn: holder.expires_on,
        },
        rules.licenceAlertRole,
        rules.licenceReminderDays,
      );
    }
    return { id: data.licenceId };
  },
});
