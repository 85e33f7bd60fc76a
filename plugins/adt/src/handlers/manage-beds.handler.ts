import { handleCommand } from '@hms/sdk';
import { WARD_MANAGE } from '../contracts/permissions';
import type { BedChange } from '../contracts/queries';
import { AddBed, RemoveBed, SetBedService } from '../contracts/commands';
import { bedDecider } from '../domain/bed/bed.decider';
import { bedStream } from '../domain/bed/bed.stream';
import { wardDecider } from '../domain/ward/ward.decider';
import { wardStream } from '../domain/ward/ward.stream';
import { requireBedOnWard } from './adt-checks';

/** Lists a new, empty, in-service bed on the ward. */
export const addBedHandler = handleCommand(AddBed, {
  permission: WARD_MANAGE,
  async handle({ wardId, label }, ctx): Promise<BedChange> {
    const bedId = ctx.newId();
    await ctx.streams.decide(wardStream(wardId), wardDecider, {
      type: 'adt.AddBed',
      data: { wardId, bedId, label },
      meta: ctx.meta,
    });
    return { wardId, bedId, label, status: 'vacant' };
  },
});

/**
 * Removes an empty bed: the ward stops listing it, and the bed's own stream is closed so that an admission racing
 * the removal conflicts with it (one of the two is refused) instead of putting a patient in a bed that is gone.
 */
export const removeBedHandler = handleCommand(RemoveBed, {
  permission: WARD_MANAGE,
  async handle({ wardId, bedId }, ctx): Promise<BedChange> {
    const { events } = await ctx.streams.decide(wardStream(wardId), wardDecider, {
      type: 'adt.RemoveBed',
      data: { wardId, bedId },
      meta: ctx.meta,
    });
    await ctx.streams.decide(bedStream(bedId), bedDecider, {
      type: 'adt.DecommissionBed',
      data: { wardId, bedId },
      meta: ctx.meta,
    });
    const removed = events[0];
    const label = removed?.type === 'patient.BedRemoved' ? removed.data.label : '';
    return { wardId, bedId, label, status: 'removed' };
  },
});

/** Takes an empty bed out of service with a reason, or puts it back; asking for the current status changes nothing. */
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
