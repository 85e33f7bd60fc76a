import { handleCommand, NotFoundError } from '@hms/sdk';
import { ROSTER_MANAGE } from '../contracts/permissions';
import { ApproveShiftSwap } from '../contracts/roster.commands';
import { applySwap } from '../domain/roster/apply-swap';
import { checkRoster } from '../domain/roster/roster-check';
import { rosterDecider } from '../domain/roster/roster.decider';
import type { Breach } from '../domain/roster/roster.model';
import { shiftSwapDecider } from '../domain/roster/shift-swap.decider';
import { workingWindows } from '../domain/roster/working-windows';
import { rosterStream, shiftSwapStream } from '../domain/streams';
import { SHIFT_SWAP_NOT_FOUND } from '../errors';
import { rosterWith } from './published-roster';
import { staffRules, type StaffRules } from '../options';
import { loadRosterInput } from './roster-input';

/**
 * The ward manager's approval: the swap applied to the published roster is checked by the roster's rules, and
 * only breaches the swap itself brings count (a gap the roster was published with does not block a swap that
 * leaves it as it was). Approved, the roster is republished as its next version in the same transaction, so the
 * two people's working windows, and their appointment availability, change together.
 */
export const approveShiftSwapHandler = handleCommand(ApproveShiftSwap, {
  permission: ROSTER_MANAGE,
  prepare: (_data, ctx): Promise<StaffRules> => Promise.resolve(staffRules(ctx.options)),
  async handle(data, ctx, rules): Promise<{ id: string; status: 'approved' }> {
    const { state } = await ctx.streams.load(shiftSwapStream(data.swapId), shiftSwapDecider);
    if (state.status === 'none') throw new NotFoundError(SHIFT_SWAP_NOT_FOUND, { swapId: data.swapId });
    const { request } = state;
    const roster = await rosterWith(ctx.sql, request.requesterId, request.gives);
    const period = { from: roster.from, to: roster.to };
    const input = await loadRosterInput(ctx.sql, roster.wardId, period, rules);
    const swapped = applySwap(roster.assignments, request);
    const breaches = newBreaches(checkRoster(input, roster.assignments), checkRoster(input, swapped));
    await ctx.streams.decide(shiftSwapStream(data.swapId), shiftSwapDecider, {
      type: 'staff.ApproveShiftSwap',
      data: { ...data, breaches },
      meta: ctx.meta,
    });
    await ctx.streams.decide(rosterStream(roster.wardId, period.from, period.to), rosterDecider, {
      type: 'staff.PublishRoster',
      data: {
        wardId: roster.wardId,
        period,
        assignments: swapped,
        acknowledgeShortfalls: true,
        breaches,
        windows: workingWindows(swapped, input.shiftTypes, input.rules.timeZone),
      },
      meta: ctx.meta,
    });
    return { id: data.swapId, status: 'approved' };
  },
});

function newBreaches(before: readonly Breach[], after: readonly Breach[]): Breach[] {
  const known = new Set(before.map((b) => `${b.rule}|${b.message}`));
  return after.filter((b) => !known.has(`${b.rule}|${b.message}`));
}
