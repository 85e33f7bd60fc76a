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
      unit_price: string | null;
      currency: string | null;
      purchase_unit: string | null;
      units_of_issue: number | null;
      ordered_in_unit: number | null;
    }>(
      `SELECT ol.item_id, i.code, i.name, i.unit, ol.ordered, ol.received, ol.unit_price::text, ol.currency,
              ol.purchase_unit, ol.units_of_issue, ol.ordered_in_unit FROM inventory.order_lines ol
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
        ...pricedLine(l),
      })),
    };
  },
});

/** 1.5: a line's price and purchase unit as ordered; the total is in whole minor units (quantities are whole). */
function pricedLine(l: {
  ordered: number;
  unit_price: string | null;
  currency: string | null;
  purchase_unit: string | null;
  units_of_issue: number | null;
  ordered_in_unit: number | null;
}): Pick<OrderView['lines'][number], 'unitPrice' | 'purchaseUnit' | 'lineTotal'> {
  const purchaseUnit =
    l.purchase_unit && l.units_of_issue && l.ordered_in_unit
      ? { unit: l.purchase_unit, unitsOfIssue: l.units_of_issue, quantity: l.ordered_in_unit }
      : null;
  if (l.unit_price === null || !l.currency) return { unitPrice: null, purchaseUnit, lineTotal: null };
  const unitPrice = { amount: Number(l.unit_price), currency: l.currency };
  const units = purchaseUnit ? purchaseUnit.quantity : l.ordered;
  return { unitPrice, purchaseUnit, lineTotal: { amount: unitPrice.amount * units, currency: l.currency } };
}
