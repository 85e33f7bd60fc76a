import { ForbiddenError, handleQuery, InvariantViolation, NotFoundError, type QueryContext } from '@hms/sdk';
import { GetItemCosts, type ItemCosts } from '@hms/plugin-inventory/contracts';
import { GetServiceMargin, type ServiceMargin } from '../contracts/margin-queries';
import { CATALOGUE_READ } from '../contracts/permissions';
import { NOT_A_STOCK_ITEM_SERVICE, SERVICE_NOT_FOUND } from '../errors';
import { marginOf } from '../domain/price-list/margin';

export const getServiceMarginHandler = handleQuery(GetServiceMargin, {
  permission: CATALOGUE_READ,
  async handle({ serviceCode }, ctx): Promise<ServiceMargin> {
    const [service] = await ctx.sql.query<{ name: string; stock_item_id: string | null }>(
      `SELECT name, stock_item_id::text AS stock_item_id FROM billing.services WHERE service_code = $1`,
      [serviceCode],
    );
    if (!service) throw new NotFoundError(SERVICE_NOT_FOUND, { serviceCode });
    if (!service.stock_item_id) throw new InvariantViolation(NOT_A_STOCK_ITEM_SERVICE, { serviceCode });
    const read = await storesCost(ctx, service.stock_item_id);
    const prices = await ctx.sql.query<{ id: string; name: string; amount: string; currency: string }>(
      `SELECT l.id, l.name, p.amount, p.currency FROM billing.prices p JOIN billing.price_lists l ON l.id = p.price_list_id
        WHERE p.service_code = $1 AND p.valid_from <= $2::date AND (p.valid_to IS NULL OR $2::date <= p.valid_to)
        ORDER BY l.name`,
      [serviceCode, ctx.now.slice(0, 10)],
    );
    const costs = read.costs;
    return {
      serviceCode,
      name: service.name,
      stockItemId: service.stock_item_id,
      costs: costs && {
        stores: costs.stores.map((s) => ({
          locationCode: s.location.code,
          locationName: s.location.name,
          averageUnitCost: s.averageUnitCost,
          currency: s.currency,
        })),
        suppliers: costs.supplierPrices.map((p) => ({
          name: p.supplier.name,
          perUnitOfIssue: p.perUnitOfIssue,
          currency: p.unitPrice.currency,
        })),
      },
      costsUnavailable: read.unavailable,
      prices: prices.map((p) => {
        const amount = Number(p.amount);
        return {
          priceListId: p.id,
          priceListName: p.name,
          amount,
          currency: p.currency,
          ...marginOf(amount, p.currency, costs),
        };
      }),
    };
  },
});

type CostsRead =
  | { readonly costs: ItemCosts; readonly unavailable: null }
  | { readonly costs: null; readonly unavailable: NonNullable<ServiceMargin['costsUnavailable']> };

/** The item's costs from inventory, as the asking user; why not, in words the screen can show. */
async function storesCost(ctx: QueryContext, itemId: string): Promise<CostsRead> {
  if (!ctx.isEnabled('inventory')) return { costs: null, unavailable: 'inventory-not-enabled' };
  try {
    return { costs: await ctx.ask(GetItemCosts, { itemId }), unavailable: null };
  } catch (error) {
    if (error instanceof NotFoundError) return { costs: null, unavailable: 'item-unknown-to-inventory' };
    if (error instanceof ForbiddenError) return { costs: null, unavailable: 'no-permission' };
    throw error;
  }
}
