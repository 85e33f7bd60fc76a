import { handleCommand } from '@hms/sdk';
import { DefineService } from '../contracts/catalogue-commands';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import { serviceDecider } from '../domain/service/service.decider';
import { serviceStream } from '../domain/streams';

export const defineServiceHandler = handleCommand(DefineService, {
  permission: CATALOGUE_MANAGE,
  async handle(data, ctx) {
    // The code is the stream's name, so a code is defined once even when two clerks race (SERVICE_EXISTS).
    await ctx.streams.decide(serviceStream(data.serviceCode), serviceDecider, {
      type: 'billing.DefineService',
      data,
      meta: ctx.meta,
    });
    return { ...data, wardClass: data.wardClass ?? null, retired: false };
  },
});
