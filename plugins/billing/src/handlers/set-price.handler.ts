import { handleCommand, NotFoundError } from '@hms/sdk';
import { SetPrice } from '../contracts/catalogue-commands';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import { SERVICE_NOT_FOUND } from '../errors';
import { priceListDecider } from '../domain/price-list/price-list.decider';
import { serviceDecider } from '../domain/service/service.decider';
import { priceListStream, serviceStream } from '../domain/streams';

export const setPriceHandler = handleCommand(SetPrice, {
  permission: CATALOGUE_MANAGE,
  async handle(data, ctx) {
    const { state: service } = await ctx.streams.load(serviceStream(data.serviceCode), serviceDecider);
    if (service.status === 'none') throw new NotFoundError(SERVICE_NOT_FOUND, { serviceCode: data.serviceCode });
    await ctx.streams.decide(priceListStream(data.priceListId), priceListDecider, {
      type: 'billing.SetPrice',
      data,
      meta: ctx.meta,
    });
    return { priceListId: data.priceListId, serviceCode: data.serviceCode, validFrom: data.validFrom };
  },
});
