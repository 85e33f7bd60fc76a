import { handleCommand, NotFoundError, type CommandContext } from '@hms/sdk';
import { ROSTER_MANAGE, SHIFT_SWAP } from '../contracts/permissions';
import { AcceptShiftSwap, DeclineShiftSwap, RefuseShiftSwap, WithdrawShiftSwap } from '../contracts/roster.commands';
import { shiftSwapDecider, type ShiftSwapCommand } from '../domain/roster/shift-swap.decider';
import { shiftSwapStream } from '../domain/streams';
import { SHIFT_SWAP_NOT_FOUND } from '../errors';
import { requireActingFor } from './acting-for';

/** Loads the swap and checks the actor is the party whose step this is. */
async function asParty(ctx: CommandContext, swapId: string, party: 'requesterId' | 'colleagueId'): Promise<void> {
  const { state } = await ctx.streams.load(shiftSwapStream(swapId), shiftSwapDecider);
  if (state.status === 'none') throw new NotFoundError(SHIFT_SWAP_NOT_FOUND, { swapId });
  await requireActingFor(ctx, state.request[party]);
}

async function step<S extends string>(
  ctx: CommandContext,
  command: ShiftSwapCommand,
  status: S,
): Promise<{ id: string; status: S }> {
  await ctx.streams.decide(shiftSwapStream(command.data.swapId), shiftSwapDecider, command);
  return { id: command.data.swapId, status };
}

export const acceptShiftSwapHandler = handleCommand(AcceptShiftSwap, {
  permission: SHIFT_SWAP,
  async handle(data, ctx) {
    await asParty(ctx, data.swapId, 'colleagueId');
    return await step(ctx, { type: 'staff.AcceptShiftSwap', data, meta: ctx.meta }, 'accepted' as const);
  },
});

export const declineShiftSwapHandler = handleCommand(DeclineShiftSwap, {
  permission: SHIFT_SWAP,
  async handle(data, ctx) {
    await asParty(ctx, data.swapId, 'colleagueId');
    return await step(ctx, { type: 'staff.DeclineShiftSwap', data, meta: ctx.meta }, 'declined' as const);
  },
});

export const withdrawShiftSwapHandler = handleCommand(WithdrawShiftSwap, {
  permission: SHIFT_SWAP,
  async handle(data, ctx) {
    await asParty(ctx, data.swapId, 'requesterId');
    return await step(ctx, { type: 'staff.WithdrawShiftSwap', data, meta: ctx.meta }, 'withdrawn' as const);
  },
});

export const refuseShiftSwapHandler = handleCommand(RefuseShiftSwap, {
  permission: ROSTER_MANAGE,
  handle: (data, ctx) => step(ctx, { type: 'staff.RefuseShiftSwap', data, meta: ctx.meta }, 'refused' as const),
});
