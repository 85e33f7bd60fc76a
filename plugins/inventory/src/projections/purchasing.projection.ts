import { defineProjection } from '@hms/sdk';
import { PurchaseUnitDefined, SupplierPriceSet } from '../contracts/purchasing-events';

/** The units items are bought in and the suppliers' price lists (the latest price per supplier and item). Inline. */
export const purchasingProjection = defineProjection({
  name: 'inventory.purchasing',
  mode: 'inline',
  handles: [PurchaseUnitDefined, SupplierPriceSet],
  tables: ['inventory.purchase_units', 'inventory.supplier_prices'],
  async evolve(event, sql) {
    switch (event.type) {
      case PurchaseUnitDefined.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO inventory.purchase_units (item_id, unit, units_of_issue) VALUES ($1, $2, $3)
           ON CONFLICT (item_id, unit) DO NOTHING`,
          [d.itemId, d.unit, d.unitsOfIssue],
        );
        return;
      }
      case SupplierPriceSet.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO inventory.supplier_prices (supplier_id, item_id, unit_price, currency, purchase_unit, set_at)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (supplier_id, item_id) DO UPDATE
             SET unit_price = EXCLUDED.unit_price, currency = EXCLUDED.currency,
                 purchase_unit = EXCLUDED.purchase_unit, set_at = EXCLUDED.set_at`,
          [d.supplierId, d.itemId, d.unitPrice.amount, d.unitPrice.currency, d.purchaseUnit ?? null, d.at],
        );
        return;
      }
    }
  },
});
