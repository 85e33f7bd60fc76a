import { ForbiddenError, handleQuery, NotFoundError } from '@hms/sdk';
import { LEAVE_REQUEST } from '../contracts/permissions';
import { GetMyEmployeeRecord, type EmployeeView } from '../contracts/queries';
import { NOT_OWN_RECORD } from '../errors';
import { loadEmployeeView } from './employee-rows';
import { hospitalToday, staffRules } from '../options';

/** Self-service: the record linked to the signed-in account, whoever holds only the employee's own permissions. */
export const getMyEmployeeRecordHandler = handleQuery(GetMyEmployeeRecord, {
  permission: LEAVE_REQUEST,
  async handle(_params, ctx): Promise<EmployeeView> {
    return await loadEmployeeView(ctx.sql, hospitalToday(ctx.now, staffRules(ctx.options)), {
      accountId: ctx.actor.id,
    }).catch((error: unknown) => {
      if (!(error instanceof NotFoundError)) throw error;
      throw new ForbiddenError(
        NOT_OWN_RECORD,
        {},
        { message: 'No employee record is linked to your account: ask HR to link it.', cause: error },
      );
    });
  },
});
