import { handleQuery } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import { ListPurchaseOrders } from '../contracts/queries';
import { type OrderRow, ORDER_COLUMNS, orderFromRow } from './purchase-order-rows';

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
