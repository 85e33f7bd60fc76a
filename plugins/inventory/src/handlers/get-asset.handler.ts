import { handleQuery, NotFoundError } from '@hms/sdk';
import { GetAsset, type AssetView } from '../contracts/equipment-queries';
import { EQUIPMENT_READ } from '../contracts/permissions';
import { ASSET_NOT_FOUND } from '../errors';
import { ASSET_COLUMNS, assetFromRow, type AssetRow } from './asset-rows';

type WorkOrderRow = {
  id: string;
  number: string;
  kind: 'preventive' | 'corrective';
  plan_id: string | null;
  description: string;
  assigned_to: string | null;
  status: 'open' | 'done';
  findings: string | null;
  done_on: string | null;
  opened_at: Date;
  opened_by: string;
};

export const getAssetHandler = handleQuery(GetAsset, {
  permission: EQUIPMENT_READ,
  async handle({ assetId }, ctx): Promise<AssetView> {
    const today = ctx.now.slice(0, 10);
    const [row] = await ctx.sql.query<AssetRow>(`${ASSET_COLUMNS} WHERE a.id = $2 AND $1::date IS NOT NULL`, [
      today,
      assetId,
    ]);
    if (!row) throw new NotFoundError(ASSET_NOT_FOUND, { assetId });
    const plans = await ctx.sql.query<{
      id: string;
      name: string;
      interval_days: number;
      next_due_on: string;
      last_done_on: string | null;
    }>(
      `SELECT id, name, interval_days, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on, to_char(last_done_on, 'YYYY-MM-DD') AS last_done_on
         FROM inventory.maintenance_plans WHERE asset_id = $1 ORDER BY next_due_on, lower(name)`,
      [assetId],
    );
    const workOrders = await ctx.sql.query<WorkOrderRow>(
      `SELECT id, number, kind, plan_id, description, assigned_to, status, findings, to_char(done_on, 'YYYY-MM-DD') AS done_on,
              opened_at, opened_by
         FROM inventory.work_orders WHERE asset_id = $1 ORDER BY opened_at DESC, number DESC`,
      [assetId],
    );
    const history = await ctx.sql.query<{
      from_status: AssetView['status'];
      to_status: AssetView['status'];
      reason: string;
      at: Date;
      by: string;
    }>(
      `SELECT from_status, to_status, reason, at, by FROM inventory.asset_status_changes WHERE asset_id = $1 ORDER BY position DESC`,
      [assetId],
    );
    return {
      ...assetFromRow(row, today),
      plans: plans.map((p) => ({
        id: p.id,
        name: p.name,
        intervalDays: p.interval_days,
        nextDueOn: p.next_due_on,
        lastDoneOn: p.last_done_on,
        overdue: row.status !== 'retired' && p.next_due_on < today,
      })),
      workOrders: workOrders.map((w) => ({
        id: w.id,
        number: w.number,
        kind: w.kind,
        planId: w.plan_id,
        description: w.description,
        assignedTo: w.assigned_to,
        status: w.status,
        findings: w.findings,
        doneOn: w.done_on,
        openedAt: new Date(w.opened_at).toISOString(),
        openedBy: w.opened_by,
      })),
      statusHistory: history.map((h) => ({
        from: h.from_status,
        to: h.to_status,
        reason: h.reason,
        at: new Date(h.at).toISOString(),
        by: h.by,
      })),
    };
  },
});
