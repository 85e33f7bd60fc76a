import { handleQuery, NotFoundError } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import { GetItemCosts, type ItemCosts } from '../contracts/purchasing-queries';
import { ITEM_NOT_FOUND } from '../errors';

export const getItemCostsHandler = handleQuery(GetItemCosts, {
  permission: STOCK_READ,
  // Billing prices stores items against it (billing.GetServiceMargin), asking as its user.
  published: true,
  async handle({ itemId }, ctx): Promise<ItemCosts> {
    const [item] = await ctx.sql.query<{ id: string; code: string; name: string; unit: string }>(
      `SELECT id, code, name, unit FROM inventory.items WHERE id = $1`,
      [itemId],
    );
    if (!item) throw new NotFoundError(ITEM_NOT_FOUND, { itemId });
    const units = await ctx.sql.query<{ unit: string; units_of_issue: number }>(
      `SELECT unit, units_of_issue FROM inventory.purchase_units WHERE item_id = $1 ORDER BY units_of_issue, unit`,
      [itemId],
    );
    const prices = await ctx.sql.query<{
      supplier_id: string;
      supplier_name: string;
      unit_price: string;
      currency: string;
      purchase_unit: string | null;
      units_of_issue: number | null;
    }>(
      `SELECT p.supplier_id, s.name AS supplier_name, p.unit_price::text, p.currency, p.purchase_unit, u.units_of_issue
         FROM inventory.supplier_prices p
         JOIN inventory.suppliers s ON s.id = p.supplier_id
         LEFT JOIN inventory.purchase_units u ON u.item_id = p.item_id AND u.unit = p.purchase_unit
        WHERE p.item_id = $1 ORDER BY lower(s.name)`,
      [itemId],
    );
    const stores = await ctx.sql.query<{
      location_id: string;
      code: string;
      name: string;
      quantity: number;
      average_unit_cost: string | null;
      currency: string | null;
    }>(
      `SELECT v.location_id, l.code, l.name, v.quantity, v.average_unit_cost::text, v.currency
         FROM inventory.stock_values v JOIN inventory.locations l ON l.id = v.location_id
        WHERE v.item_id = $1 ORDER BY lower(l.name)`,
      [itemId],
    );
    return {
      item,
      purchaseUnits: units.map((u) => ({ unit: u.unit, unitsOfIssue: u.units_of_issue })),
      supplierPrices: prices.map((p) => {
        const per = p.purchase_unit ? (p.units_of_issue ?? 1) : 1;
        return {
          supplier: { id: p.supplier_id, name: p.supplier_name },
          unitPrice: { amount: Number(p.unit_price), currency: p.currency },
          purchaseUnit: p.purchase_unit ? { unit: p.purchase_unit, unitsOfIssue: per } : null,
          perUnitOfIssue: Math.round((Number(p.unit_price) / per) * 100) / 100,
        };
      }),
      stores: stores.map((s) => ({
        location: { id: s.location_id, code: s.code, name: s.name },
        onHand: s.quantity,
        averageUnitCost: s.average_unit_cost === null ? null : Math.round(Number(s.average_unit_cost) * 100) / 100,
        currency: s.currency,
      })),
    };
  },
});
