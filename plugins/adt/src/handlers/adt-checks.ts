import { type CommandContext } from '@hms/sdk';
import type { StayView } from '../contracts/queries';
import { bedNotFound, wardNotFound } from '../domain/refusals';
import type { StayState } from '../domain/stay/stay.decider';
import { wardDecider, type WardState } from '../domain/ward/ward.decider';
import { wardStream } from '../domain/ward/ward.stream';

/**
 * The ward must list the bed. Read only: the bed's own stream carries the concurrency (a removal decommissions
 * it), so admissions to different beds of one ward never conflict with each other.
 */
export async function requireBedOnWard(
  ctx: CommandContext,
  wardId: string,
  bedId: string,
): Promise<Extract<WardState, { status: 'defined' }>> {
  const { state } = await ctx.streams.load(wardStream(wardId), wardDecider);
  if (state.status !== 'defined') throw wardNotFound(wardId);
  if (state.beds[bedId] === undefined) throw bedNotFound(wardId, bedId);
  return state;
}

/** The answer of an admission or transfer, from the stay state it decided (read models update on commit). */
export function stayView(state: StayState, patientId: string): StayView {
  if (state.status !== 'admitted') throw new Error('A stay view needs an admitted stay');
  const { stayId, wardId, bedId, admittedAt, inBedSince } = state;
  return { stayId, patientId, status: 'admitted', wardId, bedId, admittedAt, inBedSince };
}
