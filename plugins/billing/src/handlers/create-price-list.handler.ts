import { ConflictError, handleCommand } from '@hms/sdk';
import { CreatePriceList } from '../contracts/catalogue-commands';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import { PRICE_LIST_EXISTS } from '../errors';
import { priceListDecider } from '../domain/price-list/price-list.decider';
import { priceListStream } from '../domain/streams';

/** One price list per payer: a charge must find exactly one list for the patient's payer. */
export const createPriceListHandler = handleCommand(CreatePriceList, {
  permission: CATALOGUE_MANAGE,
  async handle(data, ctx) {
    const payerId = data.payer.kind === 'insurer' ? data.payer.payerId : null;
    const holders = await ctx.sql.query<{ id: string }>(
      `SELECT id FROM billing.price_lists WHERE coalesce(payer_id::text, payer_kind) = coalesce($1::text, $2)`,
      [payerId, data.payer.kind],
    );
    if (holders[0]) throw new ConflictError(PRICE_LIST_EXISTS, { priceListId: holders[0].id });
    const priceListId = ctx.newId();
    await ctx.streams.decide(
      priceListStream(priceListId),
      priceListDecider,
      { type: 'billing.CreatePriceList', data: { ...data, priceListId }, meta: ctx.meta },
      { expectedVersion: 'no-stream' },
    );
    return { priceListId };
  },
});
