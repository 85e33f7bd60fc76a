import { handleQuery, NotFoundError } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import { GetPurchaseOrder, ListPurchaseOrders, type OrderView } from '../contracts/queries';
import { ORDER_NOT_FOUND } from '../errors';

interface OrderRow {
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

const ORDER_COLUMNS = `
  SELECT o.id, o.number, o.supplier, o.location_id, l.code AS location_code, l.name AS location_name, o.status, o.note,
         o.raised_at, o.raised_by, o.closed_at, o.deliveries
    FROM inventory.purchase_orders o JOIN inventory.locations l ON l.id = o.location_id`;

const orderFromRow = (row: OrderRow): Omit<OrderView, 'lines'> => ({
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

export const listPurchaseOrdersHandler = handleQuery(ListPurchaseOrders, {
  permission: STOCK_READ,
  async handle(params, ctx) {
    const rows = await ctx.sql.query<OrderRow>(
      `${ORDER_COLUMNS} WHERE ($1::text IS NULL OR o.status = $1) ORDER BY o.raised_at DESC, o.number DESC LIMIT $2`,
      [params.status ?? null, params.limit],
    );
    return { items: rows.map(orderFromRow) };
  },
});

export const getPurchaseOrderHandler = handleQuery<typeof GetPurchaseOrder, OrderView>(GetPurchaseOrder, {
  permission: STOCK_READ,
  async handle({ orderId }, ctx) {
    const [row] = await ctx.sql.query<OrderRow>(`${ORDER_COLUMNS} WHERE o.id = $1`, [orderId]);
    if (!row) throw new NotFoundError(ORDER_NOT_FOUND, { orderId });
    const lines = await ctx.sql.query<{
      item_id: string;
      code: string;
      name: string;
      unit: string;
      ordered: number;
      received: number;
    }>(
      `SELECT ol.item_id, i.code, i.name, i.unit, ol.ordered, ol.received FROM inventory.order_lines ol
         JOIN inventory.items i ON i.id = ol.item_id WHERE ol.order_id = $1 ORDER BY lower(i.name)`,
      [orderId],
    );
    return {
      ...orderFromRow(row),
      lines: lines.map((l) => ({
        item: { id: l.item_id, code: l.code, name: l.name, unit: l.unit },
        ordered: l.ordered,
        received: l.received,
        outstanding: row.status === 'open' ? l.ordered - l.received : 0,
      })),
    };
  },
});
