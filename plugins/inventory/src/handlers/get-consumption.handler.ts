import { handleQuery } from '@hms/sdk';
import { GetConsumption, type Consumption } from '../contracts/consumption-queries';
import { STOCK_READ } from '../contracts/permissions';

interface ConsumptionRow {
  destination: string;
  cost_centre: string;
  item_id: string;
  item_code: string;
  item_name: string;
  unit: string;
  quantity: string;
  value: string;
  currency: string | null;
}

/** Sums the consumption read model over the period, per destination and cost centre, then per item. */
export const getConsumptionHandler = handleQuery(GetConsumption, {
  permission: STOCK_READ,
  async handle(params, ctx): Promise<Consumption> {
    const rows = await ctx.sql.query<ConsumptionRow>(
      `SELECT c.destination, c.cost_centre, c.item_id, i.code AS item_code, i.name AS item_name, i.unit,
              sum(c.quantity)::text AS quantity, sum(c.value)::text AS value, c.currency
         FROM inventory.consumption c
         JOIN inventory.items i ON i.id = c.item_id
        WHERE c.day BETWEEN $1::date AND $2::date
          AND ($3::uuid IS NULL OR c.location_id = $3) AND ($4::text IS NULL OR c.cost_centre = $4)
        GROUP BY c.destination, c.cost_centre, c.item_id, i.code, i.name, i.unit, c.currency
       HAVING sum(c.quantity) <> 0 OR sum(c.value) <> 0
        ORDER BY lower(c.destination), c.cost_centre, lower(i.name)`,
      [params.from, params.to, params.locationId ?? null, params.costCentre ?? null],
    );
    const destinations = new Map<string, Consumption['destinations'][number]>();
    for (const row of rows) {
      const key = `${row.destination}\u0000${row.cost_centre}`;
      const group = destinations.get(key) ?? {
        destination: row.destination,
        costCentre: row.cost_centre === '' ? null : row.cost_centre,
        totals: [],
        items: [],
      };
      destinations.set(key, group);
      const value = row.currency ? { amount: Number(row.value), currency: row.currency } : null;
      group.items.push({
        item: { id: row.item_id, code: row.item_code, name: row.item_name, unit: row.unit },
        quantity: Number(row.quantity),
        value,
      });
      if (!value) continue;
      const total = group.totals.find((t) => t.currency === value.currency);
      if (total) total.amount += value.amount;
      else group.totals.push({ ...value });
    }
    return { from: params.from, to: params.to, method: 'weighted-average', destinations: [...destinations.values()] };
  },
});
