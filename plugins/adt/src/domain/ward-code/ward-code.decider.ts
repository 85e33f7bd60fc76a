import { InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { WardCodeClaimed } from '../../contracts/events';
import { WARD_CODE_TAKEN } from '../../errors';

/** Claims a ward code for a ward: a code names one ward, so two clerks defining "ICU" at once cannot both win. */
export type ClaimWardCodeCommand = Command<'adt.ClaimWardCode', { code: string; wardId: string }>;
export type WardCodeClaimedEvent = DomainEvent<'patient.WardCodeClaimed', DataOf<typeof WardCodeClaimed>>;

export type WardCodeState = { readonly status: 'free' } | { readonly status: 'claimed'; readonly wardId: string };

export const initialState = (): WardCodeState => ({ status: 'free' });

export function decide(command: ClaimWardCodeCommand, state: WardCodeState): WardCodeClaimedEvent[] {
  const { code, wardId } = command.data;
  if (state.status === 'claimed') {
    throw new InvariantViolation(
      WARD_CODE_TAKEN,
      { code },
      {
        message: `Another ward already uses the code ${code}. Choose a different code.`,
      },
    );
  }
  return [{ type: 'patient.WardCodeClaimed', data: { code, wardId, claimedAt: command.meta.now } }];
}

export function evolve(_state: WardCodeState, event: WardCodeClaimedEvent): WardCodeState {
  return { status: 'claimed', wardId: event.data.wardId };
}

export const wardCodeDecider: Decider<WardCodeState, ClaimWardCodeCommand, WardCodeClaimedEvent> = {
  decide,
  evolve,
  initialState,
};
