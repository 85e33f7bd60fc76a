import { assertNever, ConflictError, InvariantViolation, NotFoundError, type Command, type Decider } from '@hms/sdk';
import {
  CLAIM_EXISTS,
  CLAIM_ITEMS_MISMATCH,
  CLAIM_NOT_FOUND,
  CLAIM_WRONG_STATUS,
  NOTHING_TO_APPEAL,
  REMITTANCE_EXCEEDS_BENEFIT,
} from '../../errors';
import { defined } from '../dates';
import { add, compare, subtract, sum, times, zero } from '../money/money';
import type { Money } from '../money/money';
import type { CurrencyCode } from '../money/currency';
import { adjudicate, type AdjudicateClaimCommand } from './claim.adjudication';
import type { ClaimDiagnosis, ClaimEvent, ClaimItem } from './claim.events';
import { initialState, type ClaimFacts, type ClaimState, type ClaimStatus } from './claim.state';

export type CreateClaimCommand = Command<
  'billing.CreateClaim',
  {
    claimId: string;
    patientId: string;
    payerId: string;
    coverageId: string;
    use: 'claim' | 'preauthorization';
    item: readonly ClaimItem[];
    diagnosis: readonly ClaimDiagnosis[];
  }
>;
type ClaimStep<T extends string, D = object> = Command<T, { claimId: string } & D>;
export type ClaimCommand =
  | CreateClaimCommand
  | ClaimStep<'billing.SubmitClaim'>
  | ClaimStep<'billing.AcceptClaim', { payerReference: string }>
  | ClaimStep<'billing.RejectClaim', { errors: { code: string }[] }>
  | ClaimStep<'billing.ResubmitClaim', { item?: readonly ClaimItem[]; diagnosis: readonly ClaimDiagnosis[] }>
  | AdjudicateClaimCommand
  | ClaimStep<'billing.RecordClaimPayment', { remittanceReference: string; amount: Money }>
  | ClaimStep<'billing.AppealClaim', { itemSequences: number[]; reason: string }>;

export function decide(command: ClaimCommand, state: ClaimState): ClaimEvent[] {
  if (command.type === 'billing.CreateClaim') return create(command, state);
  const claim = existing(state, command.data.claimId);
  const at = { claimId: claim.claimId, at: command.meta.now, by: command.meta.actorId };
  switch (command.type) {
    case 'billing.SubmitClaim':
      expectStatus(claim, ['draft']);
      return [{ type: 'billing.ClaimSubmitted', data: { ...at, submission: 1 } }];
    case 'billing.AcceptClaim':
      expectStatus(claim, ['submitted']);
      return [{ type: 'billing.ClaimAccepted', data: { ...at, payerReference: command.data.payerReference } }];
    case 'billing.RejectClaim':
      expectStatus(claim, ['submitted']);
      return [
        { type: 'billing.ClaimRejected', data: { ...at, errors: command.data.errors.map((e) => ({ code: e.code })) } },
      ];
    case 'billing.ResubmitClaim': {
      expectStatus(claim, ['rejected']);
      const item = [...(command.data.item ?? claim.item)];
      checkItems(claim.claimId, item);
      return [
        {
          type: 'billing.ClaimResubmitted',
          data: { ...at, submission: claim.submission + 1, item, diagnosis: [...command.data.diagnosis] },
        },
      ];
    }
    case 'billing.AdjudicateClaim':
      expectStatus(claim, ['accepted', 'appealed']);
      return [adjudicate(command, claim)];
    case 'billing.RecordClaimPayment':
      return recordPayment(command, claim, at);
    case 'billing.AppealClaim': {
      expectStatus(claim, ['adjudicated', 'paid']);
      const appealable = command.data.itemSequences.every((s) => {
        const i = claim.adjudicated[s];
        return i !== undefined && i.status !== 'paid';
      });
      if (!appealable || command.data.itemSequences.length === 0)
        throw new InvariantViolation(NOTHING_TO_APPEAL, { claimId: claim.claimId });
      return [
        {
          type: 'billing.ClaimAppealed',
          data: { ...at, itemSequences: [...command.data.itemSequences], reason: command.data.reason },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

function create({ data, meta }: CreateClaimCommand, state: ClaimState): ClaimEvent[] {
  if (state.status !== 'none') throw new ConflictError(CLAIM_EXISTS, { claimId: data.claimId });
  const currency = checkItems(data.claimId, data.item);
  const total = sum(
    currency,
    data.item.map((i) => i.net),
  );
  return [
    {
      type: 'billing.ClaimCreated',
      data: { ...data, at: meta.now, by: meta.actorId, item: [...data.item], diagnosis: [...data.diagnosis], total },
    },
  ];
}

/** Sequences 1..n, each line claiming no more than quantity × unit price (the payer's share may be less). */
function checkItems(claimId: string, item: readonly ClaimItem[]): CurrencyCode {
  const numbered = item.every((i, index) => i.sequence === index + 1);
  const withinPrice = item.every((i) => compare(i.net, times(i.unitPrice, i.quantity)) <= 0 && i.net.amount > 0);
  const [first] = item;
  if (!first || !numbered || !withinPrice) throw new InvariantViolation(CLAIM_ITEMS_MISMATCH, { claimId });
  return first.net.currency;
}

/** A remittance is recorded once per remittance reference, and never beyond what the payer granted. */
function recordPayment(
  command: Extract<ClaimCommand, { type: 'billing.RecordClaimPayment' }>,
  claim: ClaimFacts & { status: ClaimStatus },
  at: { claimId: string; at: string; by: string },
): ClaimEvent[] {
  if (claim.remittances.includes(command.data.remittanceReference)) return [];
  expectStatus(claim, ['adjudicated']);
  const outstanding = subtract(claim.benefitTotal, claim.paidTotal);
  if (compare(command.data.amount, outstanding) > 0) {
    throw new InvariantViolation(REMITTANCE_EXCEEDS_BENEFIT, {
      claimId: claim.claimId,
      outstanding: outstanding.amount,
    });
  }
  const fullyPaid = compare(command.data.amount, outstanding) === 0;
  return [
    {
      type: 'billing.ClaimPaymentReceived',
      data: {
        ...at,
        payerId: claim.payerId,
        remittanceReference: command.data.remittanceReference,
        amount: command.data.amount,
        fullyPaid,
      },
    },
  ];
}

function existing(state: ClaimState, claimId: string): ClaimFacts & { status: ClaimStatus } {
  if (state.status === 'none') throw new NotFoundError(CLAIM_NOT_FOUND, { claimId });
  return state;
}

function expectStatus(claim: { claimId: string; status: ClaimStatus }, allowed: readonly ClaimStatus[]): void {
  if (!allowed.includes(claim.status))
    throw new InvariantViolation(CLAIM_WRONG_STATUS, { claimId: claim.claimId, status: claim.status });
}

export function evolve(state: ClaimState, event: ClaimEvent): ClaimState {
  if (event.type === 'billing.ClaimCreated') {
    const { claimId, patientId, payerId, item, diagnosis, total } = event.data;
    return {
      status: 'draft',
      claimId,
      patientId,
      payerId,
      item,
      diagnosis,
      submission: 0,
      adjudicated: {},
      benefitTotal: zero(total.currency),
      paidTotal: zero(total.currency),
      remittances: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'billing.ClaimSubmitted':
      return { ...state, status: 'submitted', submission: event.data.submission };
    case 'billing.ClaimAccepted':
      return { ...state, status: 'accepted' };
    case 'billing.ClaimRejected':
      return { ...state, status: 'rejected' };
    case 'billing.ClaimResubmitted':
      return {
        ...state,
        status: 'submitted',
        submission: event.data.submission,
        item: event.data.item,
        diagnosis: event.data.diagnosis,
      };
    case 'billing.ClaimAdjudicated': {
      const adjudicated = Object.fromEntries(event.data.item.map((i) => [i.itemSequence, i]));
      // After an appeal the payer may grant more than it has paid so far: the claim is open again until it has.
      const paidUp = event.data.benefitTotal.amount > 0 && compare(state.paidTotal, event.data.benefitTotal) >= 0;
      return { ...state, status: paidUp ? 'paid' : 'adjudicated', adjudicated, benefitTotal: event.data.benefitTotal };
    }
    case 'billing.ClaimAppealed':
      return { ...state, status: 'appealed' };
    case 'billing.ClaimPaymentReceived': {
      const paidTotal = add(state.paidTotal, event.data.amount);
      return defined({
        ...state,
        status: event.data.fullyPaid ? 'paid' : state.status,
        paidTotal,
        remittances: [...state.remittances, event.data.remittanceReference],
      });
    }
    default:
      return assertNever(event);
  }
}

export const claimDecider: Decider<ClaimState, ClaimCommand, ClaimEvent> = { initialState, decide, evolve };
