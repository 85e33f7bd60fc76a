import { handleQuery, NotFoundError, type Sql } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import { GetItem, type ItemView } from '../contracts/queries';
import { ITEM_NOT_FOUND } from '../errors';
import { type ItemRow, ITEM_SUMMARY, itemFromRow } from './item-rows';

export const getItemHandler = handleQuery<typeof GetItem, ItemView>(GetItem, {
  permission: STOCK_READ,
  async handle({ itemId }, ctx) {
    const [row] = await ctx.sql.query<ItemRow>(`${ITEM_SUMMARY} WHERE i.id = $1 GROUP BY i.id`, [itemId]);
    if (!row) throw new NotFoundError(ITEM_NOT_FOUND, { itemId });
    const today = ctx.now.slice(0, 10);
    const [levels, lots, onOrder, movements] = await Promise.all([
      ctx.sql.query<LevelRow>(
        `SELECT s.location_id, l.code, l.name, s.on_hand, s.reorder_level, s.reorder_quantity, s.low_since
           FROM inventory.stock_levels s JOIN inventory.locations l ON l.id = s.location_id
          WHERE s.item_id = $1 ORDER BY lower(l.name)`,
        [itemId],
      ),
      ctx.sql.query<{ location_id: string; lot: string; expires_on: string | null; quantity: number }>(
        `SELECT location_id, lot, to_char(expires_on, 'YYYY-MM-DD') AS expires_on, quantity FROM inventory.stock_lots
          WHERE item_id = $1 ORDER BY expires_on NULLS LAST, lot`,
        [itemId],
      ),
      onOrderAt(ctx.sql, itemId),
      ctx.sql.query<MovementRow>(
        // Ordered by the bigint column (the text alias of the same name would sort "9" after "16").
        `SELECT m.position::text AS position, m.location_id, m.kind, m.change, m.lots, m.reference, m.reason, m.at, m.by
           FROM inventory.movements m WHERE m.item_id = $1 ORDER BY m.position DESC LIMIT 50`,
        [itemId],
      ),
    ]);
    return {
      ...itemFromRow(row),
      stock: levels.map((level) => ({
        location: { id: level.location_id, code: level.code, name: level.name },
        onHand: level.on_hand,
        reorderLevel: level.reorder_level,
        reorderQuantity: level.reorder_quantity,
        onOrder: onOrder.get(level.location_id) ?? 0,
        lowSince: level.low_since ? new Date(level.low_since).toISOString() : null,
        lots: lots
          .filter((lot) => lot.location_id === level.location_id)
          .map((lot) => ({
            lot: lot.lot === '' ? null : lot.lot,
            expiresOn: lot.expires_on,
            quantity: lot.quantity,
            expired: lot.expires_on !== null && lot.expires_on < today,
          })),
      })),
      movements: movements.map((m) => ({
        position: m.position,
        locationId: m.location_id,
        kind: m.kind,
        change: m.change,
        lots: m.lots,
        reference: m.reference,
        reason: m.reason,
        at: new Date(m.at).toISOString(),
        by: m.by,
      })),
    };
  },
});

interface LevelRow {
  location_id: string;
  code: string;
  name: string;
  on_hand: number;
  reorder_level: number;
  reorder_quantity: number;
  low_since: Date | null;
}

interface MovementRow {
  position: string;
  location_id: string;
  kind: ItemView['movements'][number]['kind'];
  change: number;
  lots: ItemView['movements'][number]['lots'];
  reference: Record<string, unknown>;
  reason: string | null;
  at: Date;
  by: string;
}

/** What open purchase orders still bring of an item, per location. */
async function onOrderAt(sql: Sql, itemId: string): Promise<Map<string, number>> {
  const rows = await sql.query<{ location_id: string; outstanding: number }>(
    `SELECT o.location_id, sum(l.ordered - l.received)::integer AS outstanding
       FROM inventory.order_lines l JOIN inventory.purchase_orders o ON o.id = l.order_id
      WHERE l.item_id = $1 AND o.status = 'open' GROUP BY o.location_id`,
    [itemId],
  );
  return new Map(rows.map((r) => [r.location_id, r.outstanding]));
}
