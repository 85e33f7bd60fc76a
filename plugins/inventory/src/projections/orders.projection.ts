import { defineProjection } from '@hms/sdk';
import type { DataOf } from '@hms/sdk';
import {
  DeliveryReceived,
  PurchaseOrderCancelled,
  PurchaseOrderCompleted,
  PurchaseOrderRaised,
} from '../contracts/events';

/**
 * Purchase orders and their lines: listed by status, and what is still on order per item for the low-stock list.
 * Inline.
 */
export const ordersProjection = defineProjection({
  name: 'inventory.orders',
  mode: 'inline',
  handles: [PurchaseOrderRaised, DeliveryReceived, PurchaseOrderCompleted, PurchaseOrderCancelled],
  tables: ['inventory.purchase_orders', 'inventory.order_lines'],
  async evolve(event, sql) {
    switch (event.type) {
      case PurchaseOrderRaised.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO inventory.purchase_orders (id, number, supplier, location_id, status, note, raised_at, raised_by, supplier_id)
           VALUES ($1, $2, $3, $4, 'open', $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
          // Orders raised before the supplier master (1.1) name their supplier in free text only: no supplier_id.
          [d.orderId, d.number, d.supplier, d.locationId, d.note ?? null, d.at, d.by, d.supplierId ?? null],
        );
        // Prices and purchase units arrive with 1.5; older orders' lines leave them null.
        await sql.query(
          `INSERT INTO inventory.order_lines (order_id, item_id, ordered, unit_price, currency, purchase_unit, units_of_issue, ordered_in_unit)
           SELECT $1, line.item_id, line.quantity, line.unit_price, line.currency, line.purchase_unit, line.units_of_issue, line.ordered_in_unit
             FROM jsonb_to_recordset($2::jsonb) AS line(item_id uuid, quantity integer, unit_price bigint, currency text,
                                                        purchase_unit text, units_of_issue integer, ordered_in_unit integer)
           ON CONFLICT DO NOTHING`,
          [d.orderId, JSON.stringify(d.lines.map(lineRow))],
        );
        return;
      }
      case DeliveryReceived.type: {
        const d = event.data;
        await sql.query(
          `UPDATE inventory.order_lines AS o SET received = o.received + delivered.quantity
             FROM (SELECT item_id, sum(quantity)::integer AS quantity FROM jsonb_to_recordset($2::jsonb) AS line(item_id uuid, quantity integer)
                    GROUP BY item_id) AS delivered
            WHERE o.order_id = $1 AND o.item_id = delivered.item_id`,
          [d.orderId, JSON.stringify(d.lines.map((l) => ({ item_id: l.itemId, quantity: l.quantity })))],
        );
        await sql.query(`UPDATE inventory.purchase_orders SET deliveries = deliveries + 1 WHERE id = $1`, [d.orderId]);
        return;
      }
      case PurchaseOrderCompleted.type:
      case PurchaseOrderCancelled.type: {
        const d = event.data;
        const status = event.type === PurchaseOrderCompleted.type ? 'completed' : 'cancelled';
        await sql.query(`UPDATE inventory.purchase_orders SET status = $2, closed_at = $3 WHERE id = $1`, [
          d.orderId,
          status,
          d.at,
        ]);
        return;
      }
    }
  },
});

const lineRow = (l: DataOf<typeof PurchaseOrderRaised>['lines'][number]): Record<string, unknown> => ({
  item_id: l.itemId,
  quantity: l.quantity,
  unit_price: l.unitPrice?.amount ?? null,
  currency: l.unitPrice?.currency ?? null,
  purchase_unit: l.inPurchaseUnit?.unit ?? null,
  units_of_issue: l.inPurchaseUnit?.unitsOfIssue ?? null,
  ordered_in_unit: l.inPurchaseUnit?.quantity ?? null,
});
