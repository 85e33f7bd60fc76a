import type { Command, DataOf, Decider, DomainEvent } from '@hms/sdk';
import type { ChargeRuleSet } from '../../contracts/capture';

export type SetChargeRuleCommand = Command<'billing.SetChargeRule', { key: string; serviceCode: string }>;
export type ChargeRuleEvent = DomainEvent<'billing.ChargeRuleSet', DataOf<typeof ChargeRuleSet>>;
export type ChargeRuleState = { readonly serviceCode: string | null };

/** A charge key's rule: setting the service it already has records nothing. */
export const chargeRuleDecider: Decider<ChargeRuleState, SetChargeRuleCommand, ChargeRuleEvent> = {
  initialState: () => ({ serviceCode: null }),
  decide: ({ data, meta }, state) =>
    state.serviceCode === data.serviceCode
      ? []
      : [{ type: 'billing.ChargeRuleSet', data: { ...data, at: meta.now, by: meta.actorId } }],
  evolve: (_state, event) => ({ serviceCode: event.data.serviceCode }),
};
