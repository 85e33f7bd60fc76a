import { handleCommand } from '@hms/sdk';
import { ROSTER_MANAGE } from '../contracts/permissions';
import { PublishRoster } from '../contracts/roster.commands';
import { checkRoster } from '../domain/roster/roster-check';
import { rosterDecider } from '../domain/roster/roster.decider';
import { workingWindows } from '../domain/roster/working-windows';
import { rosterStream } from '../domain/streams';
import { staffRules, type StaffRules } from '../options';
import { loadRosterInput } from './roster-input';

/**
 * Checks the roster on the read models as they are in the command's transaction, so leave approved a moment ago
 * counts, and publishes it with each person's working windows (what scheduling's availability is built from).
 */
export const publishRosterHandler = handleCommand(PublishRoster, {
  permission: ROSTER_MANAGE,
  prepare: (_data, ctx): Promise<StaffRules> => Promise.resolve(staffRules(ctx.options)),
  async handle(data, ctx, rules): Promise<{ wardId: string; version: number; shortfalls: number }> {
    const input = await loadRosterInput(ctx.sql, data.wardId, data.period, rules);
    const breaches = checkRoster(input, data.assignments);
    const windows = workingWindows(data.assignments, input.shiftTypes, input.rules.timeZone);
    const { state, events } = await ctx.streams.decide(
      rosterStream(data.wardId, data.period.from, data.period.to),
      rosterDecider,
      { type: 'staff.PublishRoster', data: { ...data, breaches, windows }, meta: ctx.meta },
    );
    const version = state.status === 'published' ? state.version : 0;
    return { wardId: data.wardId, version, shortfalls: events[0]?.data.shortfalls ?? 0 };
  },
});
