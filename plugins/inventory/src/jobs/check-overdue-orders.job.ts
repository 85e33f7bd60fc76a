import { defineJob, z, type JobContext } from '@hms/sdk';
import { overdueOrderNotification } from '../notifications/notification-kinds';
import { inventoryOptions, type InventoryOptions } from '../options';
import { reconcileAlerts } from './reconcile-alerts';

/**
 * Every hour: one alert per purchase order still open `orderOverdueDays` after it was raised (orders carry no
 * promised date yet), cleared when it is delivered in full or cancelled.
 */
export const checkOverdueOrdersJob = defineJob({
  name: 'inventory.check-overdue-orders',
  payload: z.strictObject({}),
  schedule: { cron: '10 * * * *', payload: {} },
  async handle(_payload, ctx: JobContext<InventoryOptions>) {
    const options = inventoryOptions(ctx.options);
    const rows = await ctx.sql.query<{ id: string; number: string; location_id: string; raised_on: string }>(
      `SELECT id::text AS id, number, location_id::text AS location_id, to_char(raised_at, 'YYYY-MM-DD') AS raised_on
         FROM inventory.purchase_orders
        WHERE status = 'open' AND raised_at <= $1::timestamptz - make_interval(days => $2::integer)
        ORDER BY raised_at, id`,
      [ctx.now, options.orderOverdueDays],
    );
    await reconcileAlerts(
      ctx,
      overdueOrderNotification,
      options.alertRole,
      rows.map((row) => ({
        subjectKey: row.id,
        link: `/inventory/orders/${row.id}`,
        facts: { orderId: row.id, number: row.number, locationId: row.location_id, raisedOn: row.raised_on },
      })),
    );
  },
});
