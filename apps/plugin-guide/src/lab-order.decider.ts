import { InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { LabOrderPlaced } from './contracts';

export type PlaceLabOrderCommand = Command<
  'lab.PlaceLabOrder',
  { orderId: string; patientId: string; test: string; priority: 'routine' | 'urgent' }
>;
export type LabOrderCommand = PlaceLabOrderCommand;
export type LabOrderEvent = DomainEvent<'lab.LabOrderPlaced', DataOf<typeof LabOrderPlaced>>;

/** One stream per order: `lab.order-<uuid>`. */
export const labOrderStream = (orderId: string): string => `lab.order-${orderId}`;

// #region decider
export type LabOrderState = { status: 'none' } | { status: 'placed'; test: string };
export const initialState = (): LabOrderState => ({ status: 'none' });

export function decide(command: LabOrderCommand, state: LabOrderState): LabOrderEvent[] {
  switch (command.type) {
    case 'lab.PlaceLabOrder':
      return place(command, state);
  }
}
function place({ data, meta }: PlaceLabOrderCommand, state: LabOrderState): LabOrderEvent[] {
  if (state.status !== 'none') throw new InvariantViolation('LAB_ORDER_EXISTS', { orderId: data.orderId });
  return [{ type: 'lab.LabOrderPlaced', data: { ...data, placedAt: meta.now } }];
}
export function evolve(state: LabOrderState, event: LabOrderEvent): LabOrderState {
  return event.type === 'lab.LabOrderPlaced' ? { status: 'placed', test: event.data.test } : state;
}
export const labOrderDecider: Decider<LabOrderState, LabOrderCommand, LabOrderEvent> = {
  initialState,
  decide,
  evolve,
};
// #endregion decider
