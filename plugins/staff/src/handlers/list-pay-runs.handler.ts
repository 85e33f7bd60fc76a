import { handleQuery } from '@hms/sdk';
import { ListPayRuns, type PayRunSummary } from '../contracts/pay-group.contracts';
import { PAYROLL_RUN } from '../contracts/permissions';
import { PAY_RUN_ROWS, payRunFromRow, type PayRunRow } from './pay-run-rows';

export const listPayRunsHandler = handleQuery(ListPayRuns, {
  permission: PAYROLL_RUN,
  async handle({ payGroup }, ctx): Promise<{ items: PayRunSummary[] }> {
    const rows = await ctx.sql.query<PayRunRow>(
      `${PAY_RUN_ROWS} WHERE ($1::text IS NULL OR pay_group = $1) ORDER BY period_from DESC, pay_group LIMIT 200`,
      [payGroup ?? null],
    );
    return { items: rows.map(payRunFromRow) };
  },
});
