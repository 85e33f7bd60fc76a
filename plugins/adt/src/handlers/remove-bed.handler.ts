import { handleCommand } from '@hms/sdk';
import { WARD_MANAGE } from '../contracts/permissions';
import type { BedChange } from '../contracts/queries';
import { RemoveBed } from '../contracts/commands';
import { bedDecider } from '../domain/bed/bed.decider';
import { bedStream } from '../domain/bed/bed.stream';
import { wardDecider } from '../domain/ward/ward.decider';
import { wardStream } from '../domain/ward/ward.stream';

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
