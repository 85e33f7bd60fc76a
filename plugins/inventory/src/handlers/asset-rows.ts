import type { AssetView } from '../contracts/equipment-queries';

type AssetSummary = Omit<AssetView, 'plans' | 'workOrders' | 'statusHistory'>;

export interface AssetRow {
  id: string;
  serial_number: string;
  model: string;
  manufacturer: string;
  location_id: string;
  owner_department_id: string;
  purchased_on: string | null;
  purchase_cost_amount: string | null;
  purchase_cost_currency: string | null;
  warranty_ends_on: string | null;
  status: AssetView['status'];
  status_reason: string | null;
  next_due_on: string | null;
  open_work_orders: number;
}

/**
 * The register's columns, with the earliest due date of the asset's plans and its open work orders. `$1` is
 * today's date: the flags are computed against it.
 */
export const ASSET_COLUMNS = `
  SELECT a.id, a.serial_number, a.model, a.manufacturer, a.location_id, a.owner_department_id,
         to_char(a.purchased_on, 'YYYY-MM-DD') AS purchased_on, a.purchase_cost_amount::text, a.purchase_cost_currency,
         to_char(a.warranty_ends_on, 'YYYY-MM-DD') AS warranty_ends_on, a.status, a.status_reason,
         to_char(p.next_due_on, 'YYYY-MM-DD') AS next_due_on, coalesce(w.open, 0)::integer AS open_work_orders
    FROM inventory.assets a
    LEFT JOIN (SELECT asset_id, min(next_due_on) AS next_due_on FROM inventory.maintenance_plans GROUP BY asset_id) p
           ON p.asset_id = a.id
    LEFT JOIN (SELECT asset_id, count(*) AS open FROM inventory.work_orders WHERE status = 'open' GROUP BY asset_id) w
           ON w.asset_id = a.id`;

/**
 * What needs attention: an asset out of service (it must not be used), and one whose maintenance is past due
 * (a retired asset needs neither).
 */
export function assetFlags(row: Pick<AssetRow, 'status' | 'next_due_on'>, today: string): AssetView['flags'] {
  if (row.status === 'retired') return [];
  const flags: AssetView['flags'] = [];
  if (row.status === 'out-of-service') flags.push('out-of-service');
  if (row.next_due_on !== null && row.next_due_on < today) flags.push('maintenance-overdue');
  return flags;
}

export const assetFromRow = (row: AssetRow, today: string): AssetSummary => ({
  id: row.id,
  serialNumber: row.serial_number,
  model: row.model,
  manufacturer: row.manufacturer,
  locationId: row.location_id,
  ownerDepartmentId: row.owner_department_id,
  purchasedOn: row.purchased_on,
  purchaseCost:
    row.purchase_cost_amount === null || row.purchase_cost_currency === null
      ? null
      : { amount: Number(row.purchase_cost_amount), currency: row.purchase_cost_currency },
  warrantyEndsOn: row.warranty_ends_on,
  status: row.status,
  statusReason: row.status_reason,
  nextMaintenanceDueOn: row.next_due_on,
  openWorkOrders: row.open_work_orders,
  flags: assetFlags(row, today),
});
