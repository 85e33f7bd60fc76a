import { ForbiddenError, type QueryContext } from '@hms/sdk';
import { ROSTER_MANAGE } from '../contracts/permissions';
import { employeeDecider } from '../domain/employee/employee.decider';
import { employeeStream } from '../domain/streams';
import { NOT_OWN_RECORD } from '../errors';

/** A swap step taken by the person it belongs to (their login account), or by a ward manager for them. */
export async function requireActingFor(
  ctx: Pick<QueryContext, 'actor' | 'streams'>,
  employeeId: string,
): Promise<void> {
  if (ctx.actor.has(ROSTER_MANAGE.name)) return;
  const { state } = await ctx.streams.load(employeeStream(employeeId), employeeDecider);
  if (state.status !== 'none' && state.accountId !== null && state.accountId === ctx.actor.id) return;
  throw new ForbiddenError(
    NOT_OWN_RECORD,
    { employeeId },
    { message: 'Only the person concerned (or the ward manager) may take this step.' },
  );
}
