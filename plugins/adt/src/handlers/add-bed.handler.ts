import { handleCommand } from '@hms/sdk';
import { WARD_MANAGE } from '../contracts/permissions';
import type { BedChange } from '../contracts/queries';
import { AddBed } from '../contracts/commands';
import { wardDecider } from '../domain/ward/ward.decider';
import { wardStream } from '../domain/ward/ward.stream';

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
