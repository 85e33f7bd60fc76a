import { handleQuery } from '@hms/sdk';
import { CATALOGUE_READ } from '../contracts/permissions';
import { ListPriceLists, type PriceListView } from '../contracts/queries';

interface ListRow {
  id: string;
  name: string;
  payer_kind: 'self-pay' | 'insurer';
  payer_id: string | null;
  currency: string;
}
interface PriceRow {
  price_list_id: string;
  service_code: string;
  valid_from: string;
  valid_to: string | null;
  amount: string;
  currency: string;
}

export const listPriceListsHandler = handleQuery(ListPriceLists, {
  permission: CATALOGUE_READ,
  async handle(_params, ctx) {
    const lists = await ctx.sql.query<ListRow>(
      `SELECT id, name, payer_kind, payer_id, currency FROM billing.price_lists ORDER BY payer_kind DESC, name`,
    );
    const prices = await ctx.sql.query<PriceRow>(
      `SELECT price_list_id, service_code, valid_from::text, valid_to::text, amount::text, currency
         FROM billing.prices ORDER BY service_code, valid_from`,
    );
    const priceLists: PriceListView[] = lists.map((l) => ({
      priceListId: l.id,
      name: l.name,
      payer: l.payer_kind === 'insurer' && l.payer_id ? { kind: 'insurer', payerId: l.payer_id } : { kind: 'self-pay' },
      currency: l.currency,
      prices: prices
        .filter((p) => p.price_list_id === l.id)
        .map((p) => ({
          serviceCode: p.service_code,
          unitPrice: { amount: Number(p.amount), currency: p.currency },
          validFrom: p.valid_from,
          validTo: p.valid_to,
        })),
    }));
    return { priceLists };
  },
});
