import { handleQuery, type z } from '@hms/sdk';
import { GetStockValue, type stockValueSchema } from '../contracts/equipment-queries';
import { STOCK_READ } from '../contracts/permissions';

interface ValueRow {
  location_id: string;
  location_code: string;
  location_name: string;
  item_id: string;
  item_code: string;
  item_name: string;
  unit: string;
  quantity: number;
  value: string;
  currency: string | null;
  average_unit_cost: string | null;
}

type StockValue = z.infer<typeof stockValueSchema>;

/** Per store, each item's value at weighted average cost, and the store's total per currency. */
export const getStockValueHandler = handleQuery(GetStockValue, {
  permission: STOCK_READ,
  async handle(params, ctx): Promise<StockValue> {
    const rows = await ctx.sql.query<ValueRow>(
      `SELECT v.location_id, l.code AS location_code, l.name AS location_name, v.item_id, i.code AS item_code,
              i.name AS item_name, i.unit, v.quantity, v.value::text AS value, v.currency, v.average_unit_cost::text
         FROM inventory.stock_values v
         JOIN inventory.items i ON i.id = v.item_id
         JOIN inventory.locations l ON l.id = v.location_id
        WHERE v.quantity > 0 AND v.currency IS NOT NULL AND ($1::uuid IS NULL OR v.location_id = $1)
        ORDER BY lower(l.name), lower(i.name)`,
      [params.locationId ?? null],
    );
    const stores = new Map<string, StockValue['stores'][number]>();
    for (const row of rows) {
      const currency = row.currency ?? '';
      const store = stores.get(row.location_id) ?? {
        location: { id: row.location_id, code: row.location_code, name: row.location_name },
        totals: [],
        items: [],
      };
      stores.set(row.location_id, store);
      const value = { amount: Number(row.value), currency };
      store.items.push({
        item: { id: row.item_id, code: row.item_code, name: row.item_name, unit: row.unit },
        onHand: row.quantity,
        value,
        averageUnitCost: Math.round(Number(row.average_unit_cost ?? 0) * 100) / 100,
      });
      const total = store.totals.find((t) => t.currency === currency);
      if (total) total.amount += value.amount;
      else store.totals.push({ ...value });
    }
    return { method: 'weighted-average' as const, stores: [...stores.values()] };
  },
});
