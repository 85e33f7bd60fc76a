import { defineReport, z } from '@hms/sdk';
import { LAB_ORDER_READ } from './contracts';

// #region report
/** How many orders of each test: counts only, no patient in the rows. */
export const ordersByTestReport = defineReport({
  name: 'lab.orders-by-test',
  title: 'Orders by test',
  description: 'How many orders of each test were placed',
  parameters: z.strictObject({}),
  permission: LAB_ORDER_READ,
  async run(_parameters, ctx) {
    const rows = await ctx.sql.query<{ test: string; orders: number }>(
      'SELECT test, count(*)::int AS orders FROM lab.orders GROUP BY test ORDER BY test',
    );
    return {
      columns: [
        { key: 'test', label: 'Test' },
        { key: 'orders', label: 'Orders' },
      ],
      rows,
    };
  },
});
// #endregion report
