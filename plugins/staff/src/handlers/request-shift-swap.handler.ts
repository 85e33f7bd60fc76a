import { handleCommand, InvariantViolation } from '@hms/sdk';
import { SHIFT_SWAP } from '../contracts/permissions';
import { RequestShiftSwap } from '../contracts/roster.commands';
import { shiftSwapDecider } from '../domain/roster/shift-swap.decider';
import { shiftSwapStream } from '../domain/streams';
import { SHIFT_NOT_ON_ROSTER } from '../errors';
import { requireActingFor } from './acting-for';
import { rosterWith } from './published-roster';

/** Both shifts must be the people's own on one published roster: the approval republishes that roster. */
export const requestShiftSwapHandler = handleCommand(RequestShiftSwap, {
  permission: SHIFT_SWAP,
  async handle(data, ctx): Promise<{ id: string; status: 'requested' }> {
    await requireActingFor(ctx, data.requesterId);
    const roster = await rosterWith(ctx.sql, data.requesterId, data.gives);
    if (data.takes !== undefined) {
      const other = await rosterWith(ctx.sql, data.colleagueId, data.takes);
      if (other.from !== roster.from || other.to !== roster.to || other.wardId !== roster.wardId) {
        throw new InvariantViolation(
          SHIFT_NOT_ON_ROSTER,
          { employeeId: data.colleagueId, shift: data.takes },
          { message: 'Both shifts must be on the same published roster.' },
        );
      }
    }
    const swapId = ctx.newId();
    await ctx.streams.decide(shiftSwapStream(swapId), shiftSwapDecider, {
      type: 'staff.RequestShiftSwap',
      data: { ...data, swapId },
      meta: ctx.meta,
    });
    return { id: swapId, status: 'requested' };
  },
});
