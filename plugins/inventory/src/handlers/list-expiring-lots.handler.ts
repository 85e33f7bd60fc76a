import { handleQuery } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import { ListExpiringLots } from '../contracts/queries';

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
