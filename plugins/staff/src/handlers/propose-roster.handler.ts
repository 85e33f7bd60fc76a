import { handleQuery } from '@hms/sdk';
import { ROSTER_MANAGE } from '../contracts/permissions';
import { ProposeRoster, type RosterProposal } from '../contracts/roster.queries';
import { checkRoster } from '../domain/roster/roster-check';
import { generateRoster } from '../domain/roster/roster-generator';
import { staffRules } from '../options';
import { loadRosterInput } from './roster-input';

/**
 * The generator, run for the ward manager: a proposal to edit and publish, saved nowhere (the published roster
 * is the record). The same input always gives the same proposal.
 */
export const proposeRosterHandler = handleQuery(ProposeRoster, {
  permission: ROSTER_MANAGE,
  async handle({ wardId, from, to }, ctx): Promise<RosterProposal> {
    const input = await loadRosterInput(ctx.sql, wardId, { from, to }, staffRules(ctx.options));
    const generated = generateRoster(input);
    const soft = checkRoster(input, generated.assignments).filter((b) => b.severity === 'soft');
    return {
      assignments: [...generated.assignments],
      uncovered: generated.uncovered.map((u) => ({ ...u, because: [...u.because] })),
      breaches: soft,
    };
  },
});
