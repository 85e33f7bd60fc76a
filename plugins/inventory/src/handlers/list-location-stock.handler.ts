import { handleQuery, NotFoundError } from '@hms/sdk';
import { ListLocationStock, type LocationStock } from '../contracts/location-stock';
import { STOCK_READ } from '../contracts/permissions';

export const listLocationStockHandler = handleQuery(ListLocationStock, {
  permission: STOCK_READ,
  async handle({ locationId }, ctx): Promise<LocationStock> {
    const [location] = await ctx.sql.query<{ id: string; code: string; name: string }>(
      'SELECT id, code, name FROM inventory.locations WHERE id = $1',
      [locationId],
    );
    if (!location) throw new NotFoundError('LOCATION_NOT_FOUND', { locationId });
    const rows = await ctx.sql.query<{
      item_id: string;
      code: string;
      name: string;
      unit: string;
      on_hand: number;
      reorder_level: number;
      low: boolean;
    }>(
      `SELECT s.item_id, i.code, i.name, i.unit, s.on_hand, s.reorder_level, s.low_since IS NOT NULL AS low
         FROM inventory.stock_levels s JOIN inventory.items i ON i.id = s.item_id
        WHERE s.location_id = $1
        ORDER BY lower(i.name), s.item_id`,
      [locationId],
    );
    return {
      location,
      items: rows.map((r) => ({
        itemId: r.item_id,
        code: r.code,
        name: r.name,
        unit: r.unit,
        onHand: r.on_hand,
        reorderLevel: r.reorder_level,
        low: r.low,
      })),
    };
  },
});
