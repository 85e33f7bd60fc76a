import { type OrderView } from '../contracts/queries';

export interface OrderRow {
  id: string;
  number: string;
  supplier: string;
  location_id: string;
  location_code: string;
  location_name: string;
  status: OrderView['status'];
  note: string | null;
  raised_at: Date;
  raised_by: string;
  closed_at: Date | null;
  deliveries: number;
}

export const ORDER_COLUMNS = `
  SELECT o.id, o.number, o.supplier, o.location_id, l.code AS location_code, l.name AS location_name, o.status, o.note,
         o.raised_at, o.raised_by, o.closed_at, o.deliveries
    FROM inventory.purchase_orders o JOIN inventory.locations l ON l.id = o.location_id`;

export const orderFromRow = (row: OrderRow): Omit<OrderView, 'lines'> => ({
  id: row.id,
  number: row.number,
  supplier: row.supplier,
  location: { id: row.location_id, code: row.location_code, name: row.location_name },
  status: row.status,
  note: row.note,
  raisedAt: new Date(row.raised_at).toISOString(),
  raisedBy: row.raised_by,
  closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
  deliveries: row.deliveries,
});
