import { defineJob, z, type JobContext } from '@hms/sdk';
import { LATEST_CALIBRATIONS } from '../handlers/calibration-due';
import { calibrationDueNotification } from '../notifications/notification-kinds';
import { inventoryOptions, type InventoryOptions } from '../options';
import { reconcileAlerts } from './reconcile-alerts';

/**
 * Every morning, after the maintenance check: one alert per asset whose next calibration (its latest record's) is
 * due within `calibrationDueDays` or overdue; cleared when a new calibration moves the date on (or names none), or
 * the asset is retired. The subject is the calibration the date came from, so a new record raises a new alert
 * when it too comes due.
 */
export const checkCalibrationDueJob = defineJob({
  name: 'inventory.check-calibration-due',
  payload: z.strictObject({}),
  schedule: { cron: '20 6 * * *', payload: {} },
  async handle(_payload, ctx: JobContext<InventoryOptions>) {
    const options = inventoryOptions(ctx.options);
    const today = ctx.now.slice(0, 10);
    const due = await ctx.sql.query<{ asset_id: string; due_on: string; overdue: boolean }>(
      `SELECT a.id::text AS asset_id, to_char(c.next_due_on, 'YYYY-MM-DD') AS due_on, c.next_due_on < $1::date AS overdue
         FROM inventory.assets a JOIN (${LATEST_CALIBRATIONS}) c ON c.asset_id = a.id
        WHERE a.status <> 'retired' AND c.next_due_on IS NOT NULL AND c.next_due_on <= $1::date + $2::integer
        ORDER BY c.next_due_on, a.id`,
      [today, options.calibrationDueDays],
    );
    await reconcileAlerts(
      ctx,
      calibrationDueNotification,
      options.equipmentAlertRole,
      due.map((row) => ({
        subjectKey: `${row.asset_id}:${row.due_on}`,
        link: `/inventory/equipment/${row.asset_id}`,
        facts: { assetId: row.asset_id, dueOn: row.due_on, overdue: row.overdue },
      })),
    );
  },
});
