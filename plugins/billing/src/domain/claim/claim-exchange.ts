import { assertNever, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { ClaimSentToClearinghouse } from '../../contracts/claim-exchange';
import type { ClaimDiagnosis, ClaimEvent, ClaimItem } from './claim.events';
import type { ClaimStatus } from './claim.state';

/**
 * What a clearinghouse needs of a claim, folded from the claim's own stream (its decider keeps no diagnoses): the
 * lines and diagnoses as last sent, and how often it was submitted and appealed, which name each exchange.
 */
export type ClaimToExchange =
  | { readonly status: 'none' }
  | {
      readonly status: ClaimStatus;
      readonly claimId: string;
      readonly patientId: string;
      readonly payerId: string;
      readonly use: 'claim' | 'preauthorization';
      readonly submission: number;
      readonly appeals: number;
      readonly appealedItemSequences: readonly number[];
      readonly item: readonly ClaimItem[];
      readonly diagnosis: readonly ClaimDiagnosis[];
    };

export const claimToExchangeFold: Pick<Decider<ClaimToExchange, Command, ClaimEvent>, 'initialState' | 'evolve'> = {
  initialState: () => ({ status: 'none' }),
  evolve(state, event) {
    if (event.type === 'billing.ClaimCreated') {
      const d = event.data;
      return {
        status: 'draft',
        claimId: d.claimId,
        patientId: d.patientId,
        payerId: d.payerId,
        use: d.use,
        submission: 0,
        appeals: 0,
        appealedItemSequences: [],
        item: d.item,
        diagnosis: d.diagnosis,
      };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'billing.ClaimSubmitted':
        return { ...state, status: 'submitted', submission: event.data.submission };
      case 'billing.ClaimResubmitted':
        return {
          ...state,
          status: 'submitted',
          submission: event.data.submission,
          item: event.data.item,
          diagnosis: event.data.diagnosis,
        };
      case 'billing.ClaimAccepted':
        return { ...state, status: 'accepted' };
      case 'billing.ClaimRejected':
        return { ...state, status: 'rejected' };
      case 'billing.ClaimAdjudicated':
        return { ...state, status: 'adjudicated' };
      case 'billing.ClaimAppealed':
        return {
          ...state,
          status: 'appealed',
          appeals: state.appeals + 1,
          appealedItemSequences: event.data.itemSequences,
        };
      case 'billing.ClaimPaymentReceived':
        return { ...state, status: 'paid' };
      default:
        return assertNever(event);
    }
  },
};

/** The exchange this state calls for: one per submission and appeal. */
export const exchangeKey = (claim: { claimId: string; submission: number; appeals: number }): string =>
  `${claim.claimId}:${claim.submission}:${claim.appeals}`;

export type RecordClaimSentCommand = Command<
  'billing.RecordClaimSent',
  { claimId: string; patientId: string; exchange: string; clearinghouse: string; submissionId: string }
>;
export type ClaimSentEvent = DomainEvent<'billing.ClaimSentToClearinghouse', DataOf<typeof ClaimSentToClearinghouse>>;

/** Which exchanges of a claim the clearinghouse took, and its submission id for each (to poll). */
export type ClaimExchanges = Readonly<Record<string, string>>;

export const claimExchangeDecider: Decider<ClaimExchanges, RecordClaimSentCommand, ClaimSentEvent> = {
  initialState: () => ({}),
  decide: ({ data, meta }, sent) =>
    sent[data.exchange] !== undefined
      ? []
      : [{ type: 'billing.ClaimSentToClearinghouse', data: { ...data, at: meta.now, by: meta.actorId } }],
  evolve: (sent, event) => ({ ...sent, [event.data.exchange]: event.data.submissionId }),
};
