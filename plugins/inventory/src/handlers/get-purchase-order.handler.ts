import { handleQuery, NotFoundError } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import { GetPurchaseOrder, type OrderView } from '../contracts/queries';
import { ORDER_NOT_FOUND } from '../errors';
import { type OrderRow, ORDER_COLUMNS, orderFromRow } from './purchase-order-rows';

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
