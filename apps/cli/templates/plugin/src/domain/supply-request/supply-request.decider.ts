import { event, InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import { SuppliesRequested } from '../../contracts/events';
import { ALREADY_REQUESTED } from '../../errors';
import type { PLUGIN } from '../../plugin-name';

export type RequestSuppliesCommand = Command<
  `${typeof PLUGIN}.RequestSupplies`,
  { requestId: string; ward: string; item: string; quantity: number }
>;
export type WardSuppliesEvent = DomainEvent<typeof SuppliesRequested.type, DataOf<typeof SuppliesRequested>>;

/** What a ward has asked for and not yet received, by item (a `DeliverSupplies` command would remove it). */
export interface WardSuppliesState {
  readonly open: Readonly<Record<string, number>>;
}

export const initialState = (): WardSuppliesState => ({ open: {} });

/** A ward asks for an item once until it is delivered: a second request is refused, not added to the first. */
export function decide(command: RequestSuppliesCommand, state: WardSuppliesState): WardSuppliesEvent[] {
  const { data, meta } = command;
  const item = data.item.toLowerCase();
  if (state.open[item] !== undefined) {
    throw new InvariantViolation(ALREADY_REQUESTED, { item: data.item, quantity: state.open[item] });
  }
  return [event(SuppliesRequested, { ...data, item, requestedBy: meta.actorId, requestedAt: meta.now })];
}

export function evolve(state: WardSuppliesState, e: WardSuppliesEvent): WardSuppliesState {
  return { open: { ...state.open, [e.data.item]: e.data.quantity } };
}

export const wardSuppliesDecider: Decider<WardSuppliesState, RequestSuppliesCommand, WardSuppliesEvent> = {
  initialState,
  decide,
  evolve,
};
