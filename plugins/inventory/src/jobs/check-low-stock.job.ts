import { defineJob, z, type JobContext } from '@hms/sdk';
import { lowStockNotification } from '../notifications/notification-kinds';
import { inventoryOptions, type InventoryOptions } from '../options';
import { reconcileAlerts } from './reconcile-alerts';

/**
 * Every ten minutes: one alert per store and item at or below its reorder level (the stock read model's
 * `low_since`), cleared once stock is back above it (a delivery, a transfer in, a count).
 */
export const checkLowStockJob = defineJob({
  name: 'inventory.check-low-stock',
  payload: z.strictObject({}),
  schedule: { cron: '*/10 * * * *', payload: {} },
  async handle(_payload, ctx: JobContext<InventoryOptions>) {
    const rows = await ctx.sql.query<{ item_id: string; location_id: string; on_hand: number; reorder_level: number }>(
      `SELECT item_id::text AS item_id, location_id::text AS location_id, on_hand, reorder_level
         FROM inventory.stock_levels WHERE low_since IS NOT NULL ORDER BY location_id, item_id`,
    );
    await reconcileAlerts(
      ctx,
      lowStockNotification,
      inventoryOptions(ctx.options).alertRole,
      rows.map((row) => ({
        subjectKey: `${row.location_id}:${row.item_id}`,
        link: `/inventory/items/${row.item_id}`,
        facts: {
          locationId: row.location_id,
          itemId: row.item_id,
          onHand: row.on_hand,
          reorderLevel: row.reorder_level,
        },
      })),
    );
  },
});
