import { handleQuery } from '@hms/sdk';
import { ROSTER_MANAGE } from '../contracts/permissions';
import { CheckRoster, type RosterCheck } from '../contracts/roster.queries';
import { checkRoster } from '../domain/roster/roster-check';
import { staffRules } from '../options';
import { loadRosterInput } from './roster-input';

/** Manual edits, checked by the rules the generator keeps: publishing refuses the same hard breaches. */
export const checkRosterHandler = handleQuery(CheckRoster, {
  permission: ROSTER_MANAGE,
  async handle({ wardId, from, to, assignments }, ctx): Promise<RosterCheck> {
    const input = await loadRosterInput(ctx.sql, wardId, { from, to }, staffRules(ctx.options));
    return { breaches: checkRoster(input, assignments) };
  },
});
