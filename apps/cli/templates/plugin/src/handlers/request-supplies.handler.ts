import { handleCommand } from '@hms/sdk';
import { RequestSupplies } from '../contracts/commands';
import { SUPPLIES_REQUEST } from '../contracts/permissions';
import { wardSuppliesDecider } from '../domain/supply-request/supply-request.decider';
import { wardSuppliesStream } from '../domain/supply-request/supply-request.stream';

/** Glue: a new id, then the ward's decider; the kernel commits the event, projection and audit together. */
export const requestSuppliesHandler = handleCommand(RequestSupplies, {
  permission: SUPPLIES_REQUEST,
  async handle(data, ctx) {
    const requestId = ctx.newId();
    await ctx.streams.decide(wardSuppliesStream(data.ward), wardSuppliesDecider, {
      type: RequestSupplies.type,
      data: { ...data, requestId },
      meta: ctx.meta,
    });
    return { id: requestId };
  },
});
