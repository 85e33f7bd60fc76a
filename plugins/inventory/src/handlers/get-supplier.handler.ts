import { handleQuery, NotFoundError } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import { GetSupplier, type SupplierDetail } from '../contracts/purchasing-queries';
import { SUPPLIER_NOT_FOUND } from '../errors';

interface PriceRow {
  item_id: string;
  code: string;
  name: string;
  unit: string;
  unit_price: string;
  currency: string;
  purchase_unit: string | null;
  units_of_issue: number | null;
  set_at: Date;
}

export const getSupplierHandler = handleQuery(GetSupplier, {
  permission: STOCK_READ,
  async handle({ supplierId }, ctx): Promise<SupplierDetail> {
    const [supplier] = await ctx.sql.query<{
      id: string;
      name: string;
      contact: string | null;
      lead_time_days: number;
    }>(`SELECT id, name, contact, lead_time_days FROM inventory.suppliers WHERE id = $1`, [supplierId]);
    if (!supplier) throw new NotFoundError(SUPPLIER_NOT_FOUND, { supplierId });
    const prices = await ctx.sql.query<PriceRow>(
      `SELECT p.item_id, i.code, i.name, i.unit, p.unit_price::text, p.currency, p.purchase_unit, u.units_of_issue, p.set_at
         FROM inventory.supplier_prices p
         JOIN inventory.items i ON i.id = p.item_id
         LEFT JOIN inventory.purchase_units u ON u.item_id = p.item_id AND u.unit = p.purchase_unit
        WHERE p.supplier_id = $1 ORDER BY lower(i.name)`,
      [supplierId],
    );
    return {
      id: supplier.id,
      name: supplier.name,
      contact: supplier.contact,
      leadTimeDays: supplier.lead_time_days,
      prices: prices.map((p) => ({
        item: { id: p.item_id, code: p.code, name: p.name, unit: p.unit },
        unitPrice: { amount: Number(p.unit_price), currency: p.currency },
        purchaseUnit: p.purchase_unit ? { unit: p.purchase_unit, unitsOfIssue: p.units_of_issue ?? 1 } : null,
        setAt: new Date(p.set_at).toISOString(),
      })),
    };
  },
});
