import type { Command, DataOf, Decider, DomainEvent } from '@hms/sdk';
import type { DefinePayGroup, PayGroupDefined } from '../../contracts/pay-group.contracts';
import type { PayPolicy } from '../../contracts/payroll.schemas';
import { recordedBy } from '../defined';

export type DefinePayGroupCommand = Command<'staff.DefinePayGroup', DataOf<typeof DefinePayGroup>>;
export type PayGroupEvent = DomainEvent<'staff.PayGroupDefined', DataOf<typeof PayGroupDefined>>;
export type PayGroupState = { readonly status: 'none' } | { readonly status: 'defined'; readonly policy: PayPolicy };

export const initialState = (): PayGroupState => ({ status: 'none' });

/** The same policy saved again records nothing. */
export function decide({ data, meta }: DefinePayGroupCommand, state: PayGroupState): PayGroupEvent[] {
  if (state.status === 'defined' && JSON.stringify(state.policy) === JSON.stringify(data.policy)) return [];
  return [{ type: 'staff.PayGroupDefined', data: { ...recordedBy(meta), ...data } }];
}

export const evolve = (_state: PayGroupState, event: PayGroupEvent): PayGroupState => ({
  status: 'defined',
  policy: event.data.policy,
});

export const payGroupDecider: Decider<PayGroupState, DefinePayGroupCommand, PayGroupEvent> = {
  initialState,
  decide,
  evolve,
};
