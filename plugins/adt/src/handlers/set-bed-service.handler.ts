import { handleCommand } from '@hms/sdk';
import { WARD_MANAGE } from '../contracts/permissions';
import type { BedChange } from '../contracts/queries';
import { SetBedService } from '../contracts/commands';
import { bedDecider } from '../domain/bed/bed.decider';
import { bedStream } from '../domain/bed/bed.stream';
import { requireBedOnWard } from './adt-checks';

export const setBedServiceHandler = handleCommand(SetBedService, {
  permission: WARD_MANAGE,
  async handle(data, ctx): Promise<BedChange> {
    const { wardId, bedId } = data;
    const ward = await requireBedOnWard(ctx, wardId, bedId);
    const { state } = await ctx.streams.decide(
      bedStream(bedId),
      bedDecider,
      data.inService
        ? { type: 'adt.ReturnBedToService', data: { wardId, bedId }, meta: ctx.meta }
        : { type: 'adt.TakeBedOutOfService', data: { wardId, bedId, reason: data.reason }, meta: ctx.meta },
    );
    const status = state.status === 'decommissioned' ? 'removed' : state.status;
    return { wardId, bedId, label: ward.beds[bedId] ?? '', status };
  },
});
