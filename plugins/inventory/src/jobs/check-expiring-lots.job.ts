import { defineJob, z, type JobContext } from '@hms/sdk';
import { expiringLotNotification } from '../notifications/notification-kinds';
import { inventoryOptions, type InventoryOptions } from '../options';
import { lotKey, reconcileAlerts } from './reconcile-alerts';

/**
 * Every hour: one alert per lot on a shelf that expires within the horizon (`expiryHorizonDays`, from today on),
 * cleared when the lot is used up, written off, or has expired (then `inventory.check-expired-stock` takes over).
 */
export const checkExpiringLotsJob = defineJob({
  name: 'inventory.check-expiring-lots',
  payload: z.strictObject({}),
  schedule: { cron: '5 * * * *', payload: {} },
  async handle(_payload, ctx: JobContext<InventoryOptions>) {
    const options = inventoryOptions(ctx.options);
    const rows = await ctx.sql.query<{
      item_id: string;
      location_id: string;
      lot: string;
      expires_on: string;
      quantity: number;
    }>(
      `SELECT item_id::text AS item_id, location_id::text AS location_id, lot,
              to_char(expires_on, 'YYYY-MM-DD') AS expires_on, quantity
         FROM inventory.stock_lots
        WHERE quantity > 0 AND expires_on >= $1::date AND expires_on <= $1::date + $2::integer
        ORDER BY location_id, item_id, lot`,
      [ctx.now.slice(0, 10), options.expiryHorizonDays],
    );
    await reconcileAlerts(
      ctx,
      expiringLotNotification,
      options.alertRole,
      rows.map((row) => ({
        subjectKey: `${row.location_id}:${row.item_id}:${lotKey(row.lot)}`,
        link: `/inventory/items/${row.item_id}`,
        facts: {
          locationId: row.location_id,
          itemId: row.item_id,
          lot: row.lot.slice(0, 100),
          expiresOn: row.expires_on,
          quantity: row.quantity,
        },
      })),
    );
  },
});
