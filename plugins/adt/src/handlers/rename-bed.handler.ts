import { handleCommand } from '@hms/sdk';
import { WARD_MANAGE } from '../contracts/permissions';
import type { BedChange } from '../contracts/queries';
import { RenameBed } from '../contracts/commands';
import { bedDecider } from '../domain/bed/bed.decider';
import { bedStream } from '../domain/bed/bed.stream';
import { wardDecider } from '../domain/ward/ward.decider';
import { wardStream } from '../domain/ward/ward.stream';

/** The ward lists the bed under its new label; an occupied or closed bed keeps its patient or its reason. */
export const renameBedHandler = handleCommand(RenameBed, {
  permission: WARD_MANAGE,
  async handle({ wardId, bedId, label }, ctx): Promise<BedChange> {
    await ctx.streams.decide(wardStream(wardId), wardDecider, {
      type: 'adt.RenameBed',
      data: { wardId, bedId, label },
      meta: ctx.meta,
    });
    const { state } = await ctx.streams.load(bedStream(bedId), bedDecider);
    // A listed bed is never decommissioned (removing unlists it first), so its status is one a board shows.
    const status = state.status === 'decommissioned' ? 'removed' : state.status;
    return { wardId, bedId, label, status };
  },
});
