import { deciderSpec } from '@hms/sdk/testing';
import {
  CHARGE,
  CLAIM,
  COVERAGE,
  kes,
  meta,
  OTHER_CHARGE,
  PATIENT,
  PAYER,
  recorded,
  TODAY,
  type Unsent,
} from '../../../test/builders';
import { ClaimAdjudicated, ClaimCreated } from '../../contracts/claim-events';
import { ICD10_SYSTEM } from '../../contracts/schemas';
import { patientTransfersOf } from './claim.adjudication';
import { claimDecider, type ClaimCommand } from './claim.decider';
import type { ClaimAdjudicatedEvent, ClaimDiagnosis, ClaimEvent, ClaimItem } from './claim.events';

const send = (command: Unsent<ClaimCommand>): ClaimCommand => ({ ...command, meta: meta() });
const at = { claimId: CLAIM, ...recorded };
const item: ClaimItem[] = [
  {
    sequence: 1,
    chargeId: CHARGE,
    productOrService: { code: 'CONS-GP' },
    servicedDate: TODAY,
    quantity: 1,
    unitPrice: kes(5_000),
    net: kes(4_000),
  },
  {
    sequence: 2,
    chargeId: OTHER_CHARGE,
    productOrService: { code: 'LAB-FBC' },
    servicedDate: TODAY,
    quantity: 2,
    unitPrice: kes(1_500),
    net: kes(3_000),
  },
];
const diagnosis: ClaimDiagnosis[] = [
  { sequence: 1, diagnosisCodeableConcept: { coding: [{ system: ICD10_SYSTEM, code: 'J18.9' }] } },
];
const created: ClaimEvent = {
  type: 'billing.ClaimCreated',
  data: {
    ...at,
    patientId: PATIENT,
    payerId: PAYER,
    coverageId: COVERAGE,
    use: 'claim',
    item,
    diagnosis,
    total: kes(7_000),
  },
};
const submitted: ClaimEvent = { type: 'billing.ClaimSubmitted', data: { ...at, submission: 1 } };
const accepted: ClaimEvent = { type: 'billing.ClaimAccepted', data: { ...at, payerReference: 'payer-claim-1' } };
const adjudicate = (
  first: { eligible: number; benefit: number; reasonCode?: string },
  second: { eligible: number; benefit: number; reasonCode?: string },
) =>
  send({
    type: 'billing.AdjudicateClaim',
    data: {
      claimId: CLAIM,
      outcome: 'complete',
      item: [first, second].map((d, i) => ({
        itemSequence: i + 1,
        eligible: kes(d.eligible),
        benefit: kes(d.benefit),
        ...(d.reasonCode ? { reasonCode: d.reasonCode } : {}),
      })),
    },
  });
/** The adjudication a command decides on the claim after `events` (fails the test if it decides anything else). */
function adjudicated(events: ClaimEvent[], command: ClaimCommand): ClaimAdjudicatedEvent {
  const [event] = claimDecider.decide(command, events.reduce(claimDecider.evolve, claimDecider.initialState()));
  if (event?.type !== 'billing.ClaimAdjudicated') throw new Error(`expected ClaimAdjudicated, got ${event?.type}`);
  return event;
}
const [firstItem, secondItem] = item;

describe('claim decider', () => {
  it('drafts a claim with numbered lines and ICD-10 diagnoses, totalling the lines', () =>
    deciderSpec(claimDecider)
      .given([])
      .when(
        send({
          type: 'billing.CreateClaim',
          data: {
            claimId: CLAIM,
            patientId: PATIENT,
            payerId: PAYER,
            coverageId: COVERAGE,
            use: 'claim',
            item,
            diagnosis,
          },
        }),
      )
      .then([created]));

  it('writes claim events its contracts accept (ICD-10 codes checked)', () => {
    expect(ClaimCreated.schema.safeParse(created.data).success).toBe(true);
    const notIcd10 = {
      ...created.data,
      diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: ICD10_SYSTEM, code: 'pneumonia' }] } }],
    };
    expect(ClaimCreated.schema.safeParse(notIcd10).success).toBe(false);
  });

  it('refuses lines out of sequence or claiming more than quantity × unit price', () => {
    const bad = firstItem && [{ ...firstItem, net: kes(5_001) }];
    deciderSpec(claimDecider)
      .given([])
      .when(
        send({
          type: 'billing.CreateClaim',
          data: {
            claimId: CLAIM,
            patientId: PATIENT,
            payerId: PAYER,
            coverageId: COVERAGE,
            use: 'claim',
            item: bad ?? [],
            diagnosis,
          },
        }),
      )
      .thenRejects('CLAIM_ITEMS_MISMATCH');
    deciderSpec(claimDecider)
      .given([])
      .when(
        send({
          type: 'billing.CreateClaim',
          data: {
            claimId: CLAIM,
            patientId: PATIENT,
            payerId: PAYER,
            coverageId: COVERAGE,
            use: 'claim',
            item: secondItem ? [secondItem] : [],
            diagnosis,
          },
        }),
      )
      .thenRejects('CLAIM_ITEMS_MISMATCH');
  });

  it('goes draft → submitted → accepted; a rejected claim is corrected and resubmitted', () => {
    deciderSpec(claimDecider)
      .given([created])
      .when(send({ type: 'billing.SubmitClaim', data: { claimId: CLAIM } }))
      .then([submitted]);
    deciderSpec(claimDecider)
      .given([created, submitted])
      .when(send({ type: 'billing.AcceptClaim', data: { claimId: CLAIM, payerReference: 'payer-claim-1' } }))
      .then([accepted]);
    const rejected: ClaimEvent = {
      type: 'billing.ClaimRejected',
      data: { ...at, errors: [{ code: 'invalid-diagnosis' }] },
    };
    deciderSpec(claimDecider)
      .given([created, submitted])
      .when(send({ type: 'billing.RejectClaim', data: { claimId: CLAIM, errors: [{ code: 'invalid-diagnosis' }] } }))
      .then([rejected]);
    const corrected: ClaimDiagnosis[] = [
      { sequence: 1, diagnosisCodeableConcept: { coding: [{ system: ICD10_SYSTEM, code: 'J15.9' }] } },
    ];
    deciderSpec(claimDecider)
      .given([created, submitted, rejected])
      .when(send({ type: 'billing.ResubmitClaim', data: { claimId: CLAIM, diagnosis: corrected } }))
      .then([{ type: 'billing.ClaimResubmitted', data: { ...at, submission: 2, item, diagnosis: corrected } }]);
    deciderSpec(claimDecider)
      .given([created])
      .when(send({ type: 'billing.AcceptClaim', data: { claimId: CLAIM, payerReference: 'x' } }))
      .thenRejects('CLAIM_WRONG_STATUS');
  });

  it('adjudicates line by line: paid, partly paid and denied with a reason; the patient is billed for the rest', () => {
    const event = adjudicated(
      [created, submitted, accepted],
      adjudicate(
        { eligible: 4_000, benefit: 3_000, reasonCode: 'co-insurance' },
        { eligible: 0, benefit: 0, reasonCode: 'not-covered' },
      ),
    );
    expect(event).toMatchObject({
      type: 'billing.ClaimAdjudicated',
      data: { benefitTotal: kes(3_000), payerId: PAYER, patientId: PATIENT },
    });
    expect(ClaimAdjudicated.schema.safeParse(event.data).success).toBe(true);
    const items = event.data.item;
    expect(items.map((i) => [i.status, i.reasonCode, i.patientResponsibility.amount])).toEqual([
      ['partly-paid', 'co-insurance', 1_000],
      ['denied', 'not-covered', 3_000],
    ]);
    expect(items[0]?.adjudication).toEqual([
      { category: 'submitted', amount: kes(4_000) },
      { category: 'eligible', amount: kes(4_000) },
      { category: 'benefit', amount: kes(3_000) },
    ]);
    expect(patientTransfersOf(event)).toEqual([
      { chargeId: CHARGE, claimId: CLAIM, amount: kes(1_000) },
      { chargeId: OTHER_CHARGE, claimId: CLAIM, amount: kes(3_000) },
    ]);
  });

  it('refuses an adjudication missing a line, paying more than eligible, or denying without a reason', () => {
    const given = [created, submitted, accepted];
    deciderSpec(claimDecider)
      .given(given)
      .when(
        send({
          type: 'billing.AdjudicateClaim',
          data: {
            claimId: CLAIM,
            outcome: 'complete',
            item: [{ itemSequence: 1, eligible: kes(4_000), benefit: kes(4_000) }],
          },
        }),
      )
      .thenRejects('CLAIM_ITEMS_MISMATCH');
    deciderSpec(claimDecider)
      .given(given)
      .when(adjudicate({ eligible: 3_000, benefit: 3_500, reasonCode: 'x' }, { eligible: 3_000, benefit: 3_000 }))
      .thenRejects('ADJUDICATION_INCONSISTENT');
    deciderSpec(claimDecider)
      .given(given)
      .when(adjudicate({ eligible: 4_000, benefit: 4_000 }, { eligible: 0, benefit: 0 }))
      .thenRejects('DENIAL_REASON_REQUIRED');
  });

  it("records the payer's remittance once per reference, never beyond the benefit, and is paid when it is all in", () => {
    const decision = adjudicated(
      [created, submitted, accepted],
      adjudicate({ eligible: 4_000, benefit: 4_000 }, { eligible: 3_000, benefit: 2_000, reasonCode: 'tariff' }),
    );
    const given = [created, submitted, accepted, decision];
    const pay = (amount: number, ref = 'remit-1') =>
      send({
        type: 'billing.RecordClaimPayment',
        data: { claimId: CLAIM, remittanceReference: ref, amount: kes(amount) },
      });
    const paid: ClaimEvent = {
      type: 'billing.ClaimPaymentReceived',
      data: { ...at, payerId: PAYER, remittanceReference: 'remit-1', amount: kes(6_000), fullyPaid: true },
    };
    deciderSpec(claimDecider).given(given).when(pay(6_000)).then([paid]);
    deciderSpec(claimDecider)
      .given([...given, paid])
      .when(pay(6_000))
      .then([]);
    deciderSpec(claimDecider).given(given).when(pay(6_001)).thenRejects('REMITTANCE_EXCEEDS_BENEFIT');
    expect([...given, paid].reduce(claimDecider.evolve, claimDecider.initialState()).status).toBe('paid');
  });

  it('appeals denied lines; the new adjudication bills the patient only the change', () => {
    const first = adjudicated(
      [created, submitted, accepted],
      adjudicate({ eligible: 4_000, benefit: 4_000 }, { eligible: 0, benefit: 0, reasonCode: 'not-covered' }),
    );
    const appealed: ClaimEvent = {
      type: 'billing.ClaimAppealed',
      data: { ...at, itemSequences: [2], reason: 'Pre-authorised, reference attached' },
    };
    deciderSpec(claimDecider)
      .given([created, submitted, accepted, first])
      .when(
        send({
          type: 'billing.AppealClaim',
          data: { claimId: CLAIM, itemSequences: [2], reason: 'Pre-authorised, reference attached' },
        }),
      )
      .then([appealed]);
    deciderSpec(claimDecider)
      .given([created, submitted, accepted, first])
      .when(send({ type: 'billing.AppealClaim', data: { claimId: CLAIM, itemSequences: [1], reason: 'x' } }))
      .thenRejects('NOTHING_TO_APPEAL');
    const second = adjudicated(
      [created, submitted, accepted, first, appealed],
      adjudicate({ eligible: 4_000, benefit: 4_000 }, { eligible: 3_000, benefit: 2_000, reasonCode: 'tariff' }),
    );
    expect(second.data.item.map((i) => i.patientResponsibilityChange.amount)).toEqual([0, -2_000]);
    expect(patientTransfersOf(second)).toEqual([]);
  });
});
