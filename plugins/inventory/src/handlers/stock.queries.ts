import { handleQuery, NotFoundError, type Sql } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import {
  GetItem,
  ListExpiringLots,
  ListItems,
  ListLocations,
  ListLowStock,
  type ItemSummary,
  type ItemView,
  type LocationView,
  type LowStockRow,
} from '../contracts/queries';
import { ITEM_NOT_FOUND } from '../errors';

interface ItemRow {
  id: string;
  code: string;
  name: string;
  category: ItemSummary['category'];
  unit: string;
  tracks_lots: boolean;
  discontinued: boolean;
  on_hand: number;
  low_locations: number;
}

/** Items with their stock summed over locations. */
const ITEM_SUMMARY = `
  SELECT i.id, i.code, i.name, i.category, i.unit, i.tracks_lots, i.discontinued,
         coalesce(sum(s.on_hand), 0)::integer AS on_hand, count(s.low_since)::integer AS low_locations
    FROM inventory.items i LEFT JOIN inventory.stock_levels s ON s.item_id = i.id`;

const itemFromRow = (row: ItemRow): ItemSummary => ({
  id: row.id,
  code: row.code,
  name: row.name,
  category: row.category,
  unit: row.unit,
  tracksLots: row.tracks_lots,
  discontinued: row.discontinued,
  onHand: row.on_hand,
  lowLocations: row.low_locations,
});

/** `%` and `_` typed by a user are letters, not wildcards. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const listItemsHandler = handleQuery(ListItems, {
  permission: STOCK_READ,
  async handle(params, ctx): Promise<{ items: ItemSummary[] }> {
    const rows = await ctx.sql.query<ItemRow>(
      `${ITEM_SUMMARY}
        WHERE ($1::text IS NULL OR i.code ILIKE $1 OR i.name ILIKE $1)
          AND ($2::text IS NULL OR i.category = $2)
          AND ($3 OR NOT i.discontinued)
        GROUP BY i.id ORDER BY lower(i.name), i.code LIMIT $4`,
      [
        params.q ? likePattern(params.q) : null,
        params.category ?? null,
        params.includeDiscontinued === 'true',
        params.limit,
      ],
    );
    return { items: rows.map(itemFromRow) };
  },
});

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

export const listLocationsHandler = handleQuery(ListLocations, {
  permission: STOCK_READ,
  async handle(_params, ctx): Promise<{ items: LocationView[] }> {
    return {
      items: await ctx.sql.query<LocationView>(`SELECT id, code, name FROM inventory.locations ORDER BY lower(name)`),
    };
  },
});

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

export const listExpiringLotsHandler = handleQuery(ListExpiringLots, {
  permission: STOCK_READ,
  async handle(params, ctx) {
    const today = ctx.now.slice(0, 10);
    const rows = await ctx.sql.query<{
      item_id: string;
      item_code: string;
      item_name: string;
      unit: string;
      location_id: string;
      location_code: string;
      location_name: string;
      lot: string;
      expires_on: string;
      quantity: number;
    }>(
      `SELECT s.item_id, i.code AS item_code, i.name AS item_name, i.unit, s.location_id, l.code AS location_code, l.name AS location_name,
              s.lot, to_char(s.expires_on, 'YYYY-MM-DD') AS expires_on, s.quantity
         FROM inventory.stock_lots s
         JOIN inventory.items i ON i.id = s.item_id
         JOIN inventory.locations l ON l.id = s.location_id
        WHERE s.expires_on IS NOT NULL AND s.expires_on <= $1::date + $2::integer
          AND ($3::uuid IS NULL OR s.location_id = $3)
        ORDER BY s.expires_on, lower(i.name), s.lot LIMIT 1000`,
      [today, params.withinDays, params.locationId ?? null],
    );
    return {
      today,
      items: rows.map((r) => ({
        item: { id: r.item_id, code: r.item_code, name: r.item_name, unit: r.unit },
        location: { id: r.location_id, code: r.location_code, name: r.location_name },
        lot: r.lot,
        expiresOn: r.expires_on,
        quantity: r.quantity,
        expired: r.expires_on < today,
      })),
    };
  },
});
