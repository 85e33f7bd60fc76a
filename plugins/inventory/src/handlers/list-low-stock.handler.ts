import { handleQuery } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import { ListLowStock, type LowStockRow } from '../contracts/queries';

export const listLowStockHandler = handleQuery(ListLowStock, {
  permission: STOCK_READ,
  async handle(params, ctx): Promise<{ items: LowStockRow[] }> {
    const rows = await ctx.sql.query<{
      item_id: string;
      item_code: string;
      item_name: string;
      unit: string;
      location_id: string;
      location_code: string;
      location_name: string;
      on_hand: number;
      reorder_level: number;
      reorder_quantity: number;
      on_order: number;
      low_since: Date;
    }>(
      `SELECT s.item_id, i.code AS item_code, i.name AS item_name, i.unit, s.location_id, l.code AS location_code, l.name AS location_name,
              s.on_hand, s.reorder_level, s.reorder_quantity, s.low_since,
              coalesce((SELECT sum(ol.ordered - ol.received) FROM inventory.order_lines ol
                          JOIN inventory.purchase_orders o ON o.id = ol.order_id
                         WHERE ol.item_id = s.item_id AND o.location_id = s.location_id AND o.status = 'open'), 0)::integer AS on_order
         FROM inventory.stock_levels s
         JOIN inventory.items i ON i.id = s.item_id
         JOIN inventory.locations l ON l.id = s.location_id
        WHERE s.low_since IS NOT NULL AND ($1::uuid IS NULL OR s.location_id = $1)
        ORDER BY s.on_hand::numeric / greatest(s.reorder_level, 1), s.low_since, lower(i.name)`,
      [params.locationId ?? null],
    );
    return {
      items: rows.map((r) => ({
        item: { id: r.item_id, code: r.item_code, name: r.item_name, unit: r.unit },
        location: { id: r.location_id, code: r.location_code, name: r.location_name },
        onHand: r.on_hand,
        reorderLevel: r.reorder_level,
        reorderQuantity: r.reorder_quantity,
        onOrder: r.on_order,
        lowSince: new Date(r.low_since).toISOString(),
        toOrder: r.on_hand + r.on_order >= r.reorder_level ? 0 : r.reorder_quantity,
      })),
    };
  },
});
