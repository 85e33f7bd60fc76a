import { handleCommand, NotFoundError } from '@hms/sdk';
import { SetChargeRule } from '../contracts/capture';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import { SERVICE_NOT_FOUND } from '../errors';
import { chargeRuleDecider } from '../domain/capture/charge-rule.decider';
import { serviceDecider } from '../domain/service/service.decider';
import { chargeRuleStream, serviceStream } from '../domain/streams';

export const setChargeRuleHandler = handleCommand(SetChargeRule, {
  permission: CATALOGUE_MANAGE,
  async handle(data, ctx) {
    const { state: service } = await ctx.streams.load(serviceStream(data.serviceCode), serviceDecider);
    if (service.status === 'none') throw new NotFoundError(SERVICE_NOT_FOUND, { serviceCode: data.serviceCode });
    await ctx.streams.decide(chargeRuleStream(data.key), chargeRuleDecider, {
      type: 'billing.SetChargeRule',
      data,
      meta: ctx.meta,
    });
    return data;
  },
});
