import { InvariantViolation, type Command } from '@hms/sdk';
import { ADJUDICATION_INCONSISTENT, CLAIM_ITEMS_MISMATCH, DENIAL_REASON_REQUIRED } from '../../errors';
import { defined } from '../dates';
import { compare, isZero, subtract, sum, zero, type Money } from '../money/money';
import type { AdjudicatedItem, ClaimAdjudicatedEvent } from './claim.events';
import type { ClaimFacts } from './claim.state';

export type AdjudicateClaimCommand = Command<
  'billing.AdjudicateClaim',
  {
    claimId: string;
    outcome: 'complete' | 'partial';
    disposition?: string;
    item: readonly { itemSequence: number; eligible: Money; benefit: Money; reasonCode?: string }[];
  }
>;

/**
 * The payer's decision, line by line (ClaimResponse.item.adjudication): `submitted` is what was claimed,
 * `eligible` what the payer recognises, `benefit` what it pays; 0 ≤ benefit ≤ eligible ≤ submitted. A line paid
 * less than claimed needs the payer's reason code. The patient is billed for submitted − benefit; after an appeal,
 * only the change from the previous decision.
 */
export function adjudicate({ data, meta }: AdjudicateClaimCommand, claim: ClaimFacts): ClaimAdjudicatedEvent {
  const sequences = data.item.map((i) => i.itemSequence).sort((a, b) => a - b);
  const expected = claim.item.map((i) => i.sequence).sort((a, b) => a - b);
  if (sequences.join() !== expected.join())
    throw new InvariantViolation(CLAIM_ITEMS_MISMATCH, { claimId: claim.claimId, expected: expected.length });
  const item = data.item.map((decision): AdjudicatedItem => {
    const claimed = claim.item.find((i) => i.sequence === decision.itemSequence);
    const submitted = claimed?.net ?? zero(decision.benefit.currency);
    const consistent =
      decision.benefit.amount >= 0 &&
      compare(decision.benefit, decision.eligible) <= 0 &&
      compare(decision.eligible, submitted) <= 0;
    if (!claimed || !consistent)
      throw new InvariantViolation(ADJUDICATION_INCONSISTENT, {
        claimId: claim.claimId,
        itemSequence: decision.itemSequence,
      });
    const status = isZero(decision.benefit)
      ? 'denied'
      : compare(decision.benefit, submitted) === 0
        ? 'paid'
        : 'partly-paid';
    if (status !== 'paid' && !decision.reasonCode)
      throw new InvariantViolation(DENIAL_REASON_REQUIRED, {
        claimId: claim.claimId,
        itemSequence: decision.itemSequence,
      });
    const patientResponsibility = subtract(submitted, decision.benefit);
    const before = claim.adjudicated[decision.itemSequence]?.patientResponsibility ?? zero(submitted.currency);
    return defined({
      itemSequence: decision.itemSequence,
      chargeId: claimed.chargeId,
      status,
      reasonCode: decision.reasonCode,
      adjudication: [
        { category: 'submitted' as const, amount: submitted },
        { category: 'eligible' as const, amount: decision.eligible },
        { category: 'benefit' as const, amount: decision.benefit },
      ],
      patientResponsibility,
      patientResponsibilityChange: subtract(patientResponsibility, before),
    });
  });
  const benefitTotal = sum(
    claim.benefitTotal.currency,
    data.item.map((i) => i.benefit),
  );
  return {
    type: 'billing.ClaimAdjudicated',
    data: defined({
      claimId: claim.claimId,
      at: meta.now,
      by: meta.actorId,
      patientId: claim.patientId,
      payerId: claim.payerId,
      outcome: data.outcome,
      disposition: data.disposition,
      item,
      benefitTotal,
    }),
  };
}

/** What the account moves to the patient after an adjudication: one transfer per line costing the patient more. */
export function patientTransfersOf(
  event: ClaimAdjudicatedEvent,
): { chargeId: string; claimId: string; amount: Money }[] {
  return event.data.item
    .filter((i) => i.patientResponsibilityChange.amount > 0)
    .map((i) => ({ chargeId: i.chargeId, claimId: event.data.claimId, amount: i.patientResponsibilityChange }));
}

/** What moves back to the payer after an appeal won more: one transfer per line costing the patient less. */
export function payerTransfersOf(event: ClaimAdjudicatedEvent): { chargeId: string; claimId: string; amount: Money }[] {
  return event.data.item
    .filter((i) => i.patientResponsibilityChange.amount < 0)
    .map((i) => ({
      chargeId: i.chargeId,
      claimId: event.data.claimId,
      amount: { ...i.patientResponsibilityChange, amount: -i.patientResponsibilityChange.amount },
    }));
}
