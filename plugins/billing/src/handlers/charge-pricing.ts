import { InvariantViolation, NotFoundError, type CommandContext } from '@hms/sdk';
import type { ServiceCategory } from '../contracts/schemas';
import { PRICE_LIST_NOT_FOUND, SERVICE_NOT_FOUND, SERVICE_RETIRED } from '../errors';
import { accountFold } from '../domain/account/account.fold';
import { coverOn } from '../domain/account/account.state';
import { priceInForce, type PriceInForce } from '../domain/price-list/price-in-force';
import { priceListDecider } from '../domain/price-list/price-list.decider';
import { serviceDecider } from '../domain/service/service.decider';
import { accountStream, priceListStream, serviceStream } from '../domain/streams';

/** What a charge needs before the account decides on it: the service's category and the price in force. */
export interface ResolvedCharge {
  readonly category: ServiceCategory;
  readonly price: PriceInForce;
}

/**
 * Prices a service for a patient on the service date: from the price list of the payer covering the patient on
 * that date when it has a price in force, else from the self-pay list. A retired service is not charged.
 */
export async function resolveCharge(
  ctx: CommandContext,
  patientId: string,
  serviceCode: string,
  serviceDate: string,
): Promise<ResolvedCharge> {
  const { state: service } = await ctx.streams.load(serviceStream(serviceCode), serviceDecider);
  if (service.status === 'none') throw new NotFoundError(SERVICE_NOT_FOUND, { serviceCode });
  if (service.status === 'retired') throw new InvariantViolation(SERVICE_RETIRED, { serviceCode });
  const { state: account } = await ctx.streams.load(accountStream(patientId), accountFold);
  const cover = coverOn(account, serviceDate);
  if (cover) {
    const insurerList = await priceListOf(ctx, cover.payerId);
    if (insurerList) {
      const { state } = await ctx.streams.load(priceListStream(insurerList), priceListDecider);
      const period = state.status === 'active' ? state.prices[serviceCode] : undefined;
      if (period?.some((p) => p.validFrom <= serviceDate && (p.validTo === undefined || serviceDate <= p.validTo)))
        return { category: service.category, price: priceInForce(state, serviceCode, serviceDate) };
    }
  }
  const selfPayList = await priceListOf(ctx, undefined);
  if (!selfPayList) throw new NotFoundError(PRICE_LIST_NOT_FOUND, { payer: 'self-pay' });
  const { state } = await ctx.streams.load(priceListStream(selfPayList), priceListDecider);
  return { category: service.category, price: priceInForce(state, serviceCode, serviceDate) };
}

async function priceListOf(ctx: CommandContext, payerId: string | undefined): Promise<string | undefined> {
  const rows = await ctx.sql.query<{ id: string }>(
    payerId === undefined
      ? `SELECT id FROM billing.price_lists WHERE payer_kind = 'self-pay'`
      : `SELECT id FROM billing.price_lists WHERE payer_id = $1`,
    payerId === undefined ? [] : [payerId],
  );
  return rows[0]?.id;
}
