import { handleCommand } from '@hms/sdk';
import { RetireService } from '../contracts/catalogue-commands';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import { serviceDecider } from '../domain/service/service.decider';
import { serviceStream } from '../domain/streams';

export const retireServiceHandler = handleCommand(RetireService, {
  permission: CATALOGUE_MANAGE,
  async handle(data, ctx) {
    await ctx.streams.decide(serviceStream(data.serviceCode), serviceDecider, {
      type: 'billing.RetireService',
      data,
      meta: ctx.meta,
    });
    return { serviceCode: data.serviceCode };
  },
});
