import { defineProjection } from '@hms/sdk';
import {
  AssetRegistered,
  AssetStatusChanged,
  MaintenancePlanScheduled,
  PreventiveMaintenanceDone,
  WorkOrderCompleted,
  WorkOrderOpened,
} from '../contracts/equipment-events';

/**
 * The equipment register: assets, their plans' due dates, work orders and status history. Inline: the engineer who
 * has just completed a work order sees the plan's next due date, and the maintenance job never reads a stale one.
 */
export const equipmentProjection = defineProjection({
  name: 'inventory.equipment',
  mode: 'inline',
  handles: [
    AssetRegistered,
    AssetStatusChanged,
    MaintenancePlanScheduled,
    PreventiveMaintenanceDone,
    WorkOrderOpened,
    WorkOrderCompleted,
  ],
  tables: [
    'inventory.assets',
    'inventory.maintenance_plans',
    'inventory.work_orders',
    'inventory.asset_status_changes',
  ],
  async evolve(event, sql) {
    switch (event.type) {
      case AssetRegistered.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO inventory.assets (id, serial_number, model, manufacturer, location_id, owner_department_id, purchased_on,
                                         purchase_cost_amount, purchase_cost_currency, warranty_ends_on, status, registered_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'in-service', $11) ON CONFLICT (id) DO NOTHING`,
          [
            d.assetId,
            d.serialNumber,
            d.model,
            d.manufacturer,
            d.locationId,
            d.ownerDepartmentId,
            d.purchasedOn ?? null,
            d.purchaseCost?.amount ?? null,
            d.purchaseCost?.currency ?? null,
            d.warrantyEndsOn ?? null,
            d.at,
          ],
        );
        return;
      }
      case AssetStatusChanged.type: {
        const d = event.data;
        await sql.query(`UPDATE inventory.assets SET status = $2, status_reason = $3 WHERE id = $1`, [
          d.assetId,
          d.to,
          d.reason,
        ]);
        await sql.query(
          `INSERT INTO inventory.asset_status_changes (position, asset_id, from_status, to_status, reason, at, by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (position) DO NOTHING`,
          [event.position.toString(), d.assetId, d.from, d.to, d.reason, d.at, d.by],
        );
        return;
      }
      case MaintenancePlanScheduled.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO inventory.maintenance_plans (id, asset_id, name, interval_days, next_due_on) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO NOTHING`,
          [d.planId, d.assetId, d.name, d.intervalDays, d.nextDueOn],
        );
        return;
      }
      case PreventiveMaintenanceDone.type: {
        const d = event.data;
        await sql.query(`UPDATE inventory.maintenance_plans SET next_due_on = $2, last_done_on = $3 WHERE id = $1`, [
          d.planId,
          d.nextDueOn,
          d.doneOn,
        ]);
        return;
      }
      case WorkOrderOpened.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO inventory.work_orders (id, number, asset_id, kind, plan_id, description, assigned_to, status, opened_at, opened_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $9) ON CONFLICT (id) DO NOTHING`,
          [
            d.workOrderId,
            d.number,
            d.assetId,
            d.kind,
            d.planId ?? null,
            d.description,
            d.assignedTo ?? null,
            d.at,
            d.by,
          ],
        );
        return;
      }
      case WorkOrderCompleted.type: {
        const d = event.data;
        await sql.query(`UPDATE inventory.work_orders SET status = 'done', findings = $2, done_on = $3 WHERE id = $1`, [
          d.workOrderId,
          d.findings,
          d.doneOn,
        ]);
        return;
      }
    }
  },
});
