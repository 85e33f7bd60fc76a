import { handleQuery } from '@hms/sdk';
import { GetPayslip } from '../contracts/pay-group.contracts';
import type { Payslip } from '../contracts/payroll.schemas';
import { PAYROLL_RUN } from '../contracts/permissions';
import { payslipAnswer } from './payslip-answer';

/** Payroll's view: anyone's payslip of the period's current run, calculated or locked. */
export const getPayslipHandler = handleQuery(GetPayslip, {
  permission: PAYROLL_RUN,
  async handle({ format, ...key }, ctx): Promise<{ payslip: Payslip; pdf?: Buffer }> {
    return await payslipAnswer(ctx.sql, key, { format, lockedOnly: false, now: ctx.now });
  },
});
