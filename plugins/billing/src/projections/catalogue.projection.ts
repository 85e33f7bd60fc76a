import { defineProjection } from '@hms/sdk';
import { ChargeRuleSet } from '../contracts/capture';
import { PriceListCreated, PriceSet, ServiceDefined, ServiceRetired } from '../contracts/catalogue-events';

/**
 * Services, price lists with their prices, and charge rules. Inline: the price-list-per-payer key backs up the
 * handler's check when two lists for one payer are created at once.
 */
export const catalogueProjection = defineProjection({
  name: 'billing.catalogue',
  mode: 'inline',
  handles: [ServiceDefined, ServiceRetired, PriceListCreated, PriceSet, ChargeRuleSet],
  tables: ['billing.services', 'billing.price_lists', 'billing.prices', 'billing.charge_rules'],
  async evolve(event, sql) {
    switch (event.type) {
      case ServiceDefined.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO billing.services (service_code, name, category, ward_class, stock_item_id) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (service_code) DO NOTHING`,
          [d.serviceCode, d.name, d.category, d.wardClass ?? null, d.stockItemId ?? null],
        );
        return;
      }
      case ServiceRetired.type:
        await sql.query(`UPDATE billing.services SET retired = true WHERE service_code = $1`, [event.data.serviceCode]);
        return;
      case PriceListCreated.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO billing.price_lists (id, name, payer_kind, payer_id, currency) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO NOTHING`,
          [d.priceListId, d.name, d.payer.kind, d.payer.kind === 'insurer' ? d.payer.payerId : null, d.currency],
        );
        return;
      }
      case PriceSet.type: {
        const d = event.data;
        if (d.endsPriceFrom !== undefined) {
          await sql.query(
            `UPDATE billing.prices SET valid_to = ($4::date - 1)
              WHERE price_list_id = $1 AND service_code = $2 AND valid_from = $3 AND valid_to IS NULL`,
            [d.priceListId, d.serviceCode, d.endsPriceFrom, d.validFrom],
          );
        }
        await sql.query(
          `INSERT INTO billing.prices (price_list_id, service_code, valid_from, valid_to, amount, currency)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [d.priceListId, d.serviceCode, d.validFrom, d.validTo ?? null, d.unitPrice.amount, d.unitPrice.currency],
        );
        return;
      }
      case ChargeRuleSet.type:
        await sql.query(
          `INSERT INTO billing.charge_rules (key, service_code) VALUES ($1, $2)
           ON CONFLICT (key) DO UPDATE SET service_code = EXCLUDED.service_code`,
          [event.data.key, event.data.serviceCode],
        );
        return;
    }
  },
});
