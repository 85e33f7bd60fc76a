import { defineJob, z, type JobContext } from '@hms/sdk';
import { maintenanceDueNotification, warrantyEndingNotification } from '../notifications/notification-kinds';
import { inventoryOptions, type InventoryOptions } from '../options';
import { reconcileAlerts } from './reconcile-alerts';

/**
 * Every morning: one alert per maintenance plan due within `maintenanceDueDays` (or overdue), cleared when its
 * preventive work order is completed (the plan's next due date moves on), and one per asset whose warranty ends
 * within `warrantyHorizonDays`, cleared once it has ended. A retired asset raises neither; one out of service or
 * under maintenance still does (its maintenance is still owed before it returns to use).
 */
export const checkEquipmentMaintenanceJob = defineJob({
  name: 'inventory.check-equipment-maintenance',
  payload: z.strictObject({}),
  schedule: { cron: '15 6 * * *', payload: {} },
  async handle(_payload, ctx: JobContext<InventoryOptions>) {
    const options = inventoryOptions(ctx.options);
    const today = ctx.now.slice(0, 10);
    const due = await ctx.sql.query<{ plan_id: string; asset_id: string; next_due_on: string; overdue: boolean }>(
      `SELECT p.id::text AS plan_id, a.id::text AS asset_id, to_char(p.next_due_on, 'YYYY-MM-DD') AS next_due_on,
              p.next_due_on < $1::date AS overdue
         FROM inventory.maintenance_plans p JOIN inventory.assets a ON a.id = p.asset_id
        WHERE a.status <> 'retired' AND p.next_due_on <= $1::date + $2::integer
        ORDER BY p.next_due_on, p.id`,
      [today, options.maintenanceDueDays],
    );
    await reconcileAlerts(
      ctx,
      maintenanceDueNotification,
      options.equipmentAlertRole,
      due.map((row) => ({
        subjectKey: `${row.asset_id}:${row.plan_id}`,
        link: `/inventory/equipment/${row.asset_id}`,
        facts: { assetId: row.asset_id, planId: row.plan_id, dueOn: row.next_due_on, overdue: row.overdue },
      })),
    );
    const warranties = await ctx.sql.query<{ asset_id: string; warranty_ends_on: string }>(
      `SELECT id::text AS asset_id, to_char(warranty_ends_on, 'YYYY-MM-DD') AS warranty_ends_on
         FROM inventory.assets
        WHERE status <> 'retired' AND warranty_ends_on >= $1::date AND warranty_ends_on <= $1::date + $2::integer
        ORDER BY warranty_ends_on, id`,
      [today, options.warrantyHorizonDays],
    );
    await reconcileAlerts(
      ctx,
      warrantyEndingNotification,
      options.equipmentAlertRole,
      warranties.map((row) => ({
        subjectKey: row.asset_id,
        link: `/inventory/equipment/${row.asset_id}`,
        facts: { assetId: row.asset_id, warrantyEndsOn: row.warranty_ends_on },
      })),
    );
  },
});
