import { deciderSpec } from '@hms/sdk/testing';
import {
  chargePosted,
  coverageRegistered,
  creditAllocated,
  invoiceDrafted,
  invoiceIssued,
  paymentReceived,
} from '../../../test/account-builders';
import {
  CHARGE,
  CLAIM,
  COVERAGE,
  ENCOUNTER,
  INVOICE,
  kes,
  meta,
  NEW_CHARGE,
  onAccount,
  OTHER_CHARGE,
  PATIENT,
  PAYER,
  PRICE_LIST,
  TODAY,
  type Unsent,
} from '../../../test/builders';
import type { ChargeSource } from '../../contracts/schemas';
import type { AccountEvent } from '../account/account.events';
import { chargeDecider, type ChargeCommand } from './charge.decider';

const send = (command: Unsent<ChargeCommand>): ChargeCommand => ({ ...command, meta: meta() });
const post = (
  extra: { chargeId?: string; eventId?: string; unitPrice?: number; quantity?: number; source?: ChargeSource } = {},
) =>
  send({
    type: 'billing.PostCharge',
    data: {
      patientId: PATIENT,
      chargeId: extra.chargeId ?? CHARGE,
      encounterId: ENCOUNTER,
      serviceCode: 'CONS-GP',
      category: 'consultation',
      serviceDate: TODAY,
      quantity: extra.quantity ?? 1,
      price: { priceListId: PRICE_LIST, unitPrice: kes(extra.unitPrice ?? 5_000) },
      source: extra.source ?? { kind: 'event', eventId: extra.eventId ?? `evt-${CHARGE}` },
    },
  });
const cancelSource = send({
  type: 'billing.ReverseCharge',
  data: {
    patientId: PATIENT,
    by: { kind: 'source-cancelled', sourceEventId: `evt-${CHARGE}`, cancelledByEventId: 'evt-cancel' },
  },
});
const reversed = (patientUnbilled: number, payerShare = 0, extra: object = {}): AccountEvent => ({
  type: 'billing.ChargeReversed',
  data: {
    ...onAccount,
    chargeId: CHARGE,
    category: 'consultation',
    reason: 'source cancelled by evt-cancel',
    cancelledSourceEventId: `evt-${CHARGE}`,
    patientUnbilled: kes(patientUnbilled),
    payerShare: kes(payerShare),
    ...extra,
  },
});

describe('charge decider', () => {
  it('charges a self-paying patient the whole amount, at the unit price handed in', () =>
    deciderSpec(chargeDecider)
      .given([])
      .when(post({ quantity: 2, unitPrice: 2_500 }))
      .then([chargePosted({ unitPrice: 2_500, quantity: 2 })]));

  it("splits a charge by the cover in force: co-insurance on top of what is left of the year's deductible", () =>
    deciderSpec(chargeDecider)
      .given([
        coverageRegistered({ deductiblePerYear: kes(8_000), coinsuranceBp: 2000 }),
        chargePosted({
          chargeId: OTHER_CHARGE,
          eventId: 'evt-earlier',
          unitPrice: 6_000,
          patientShare: 6_000,
          deductible: 6_000,
        }),
      ])
      .when(post({ unitPrice: 10_000 }))
      .then([
        {
          type: 'billing.ChargePosted',
          data: {
            ...onAccount,
            chargeId: CHARGE,
            encounterId: ENCOUNTER,
            serviceCode: 'CONS-GP',
            category: 'consultation',
            serviceDate: TODAY,
            quantity: 1,
            priceListId: PRICE_LIST,
            unitPrice: kes(10_000),
            total: kes(10_000),
            patientShare: kes(3_600),
            payerShare: kes(6_400),
            split: {
              coverageId: COVERAGE,
              payerId: PAYER,
              excluded: false,
              deductible: kes(2_000),
              copay: kes(0),
              coinsurance: kes(1_600),
            },
            source: { kind: 'event', eventId: `evt-${CHARGE}` },
          },
        },
      ]));

  it('charges a source event once, however often it is captured', () => {
    deciderSpec(chargeDecider)
      .given([chargePosted()])
      .when(post({ chargeId: NEW_CHARGE }))
      .then([]);
    deciderSpec(chargeDecider).given([chargePosted()]).when(post()).then([]);
  });

  it('reverses the charge of a cancelled source once; a second cancellation records nothing', () => {
    deciderSpec(chargeDecider)
      .given([chargePosted()])
      .when(cancelSource)
      .then([reversed(5_000)]);
    deciderSpec(chargeDecider)
      .given([chargePosted(), reversed(5_000)])
      .when(cancelSource)
      .then([]);
    deciderSpec(chargeDecider).given([]).when(cancelSource).then([]);
  });

  it('takes back an invoiced charge by credit note, not by editing the invoice; a paid one becomes credit', () => {
    const paidInvoice = [
      chargePosted(),
      invoiceDrafted([{ amount: 5_000 }]),
      invoiceIssued(5_000),
      paymentReceived(5_000),
      creditAllocated([{ amount: 5_000 }]),
    ];
    deciderSpec(chargeDecider)
      .given(paidInvoice)
      .when(cancelSource)
      .then([
        reversed(0),
        {
          type: 'billing.CreditNoteIssued',
          data: {
            ...onAccount,
            invoiceId: INVOICE,
            creditNoteNumber: 'INV-2026-000001-C1',
            reason: 'source cancelled by evt-cancel',
            lines: [{ chargeId: CHARGE, category: 'consultation', amount: kes(5_000) }],
            total: kes(5_000),
            toReceivable: kes(0),
            toCredit: kes(5_000),
          },
        },
      ]);
  });

  it('drops a reversed charge from a draft invoice', () =>
    deciderSpec(chargeDecider)
      .given([
        chargePosted(),
        chargePosted({ chargeId: OTHER_CHARGE }),
        invoiceDrafted([{ amount: 5_000 }, { chargeId: OTHER_CHARGE, amount: 5_000 }]),
      ])
      .when(
        send({
          type: 'billing.ReverseCharge',
          data: { patientId: PATIENT, by: { kind: 'manual', chargeId: CHARGE, reason: 'Entered in error' } },
        }),
      )
      .then([
        {
          type: 'billing.ChargeReversed',
          data: {
            ...onAccount,
            chargeId: CHARGE,
            category: 'consultation',
            reason: 'Entered in error',
            patientUnbilled: kes(5_000),
            payerShare: kes(0),
          },
        },
      ]));

  it('refuses to reverse a manual charge twice', () =>
    deciderSpec(chargeDecider)
      .given([chargePosted(), reversed(5_000)])
      .when(
        send({
          type: 'billing.ReverseCharge',
          data: { patientId: PATIENT, by: { kind: 'manual', chargeId: CHARGE, reason: 'Entered in error' } },
        }),
      )
      .thenRejects('CHARGE_ALREADY_REVERSED'));

  it('corrects a quantity at the unit price the charge was made at (the price list is not asked again), with a reason', () =>
    deciderSpec(chargeDecider)
      .given([chargePosted({ unitPrice: 5_000 })])
      .when(
        send({
          type: 'billing.CorrectCharge',
          data: {
            patientId: PATIENT,
            chargeId: CHARGE,
            newChargeId: NEW_CHARGE,
            quantity: 3,
            reason: 'Three days, not one',
          },
        }),
      )
      .then([
        {
          type: 'billing.ChargeReversed',
          data: {
            ...onAccount,
            chargeId: CHARGE,
            category: 'consultation',
            reason: 'Three days, not one',
            patientUnbilled: kes(5_000),
            payerShare: kes(0),
          },
        },
        chargePosted({
          chargeId: NEW_CHARGE,
          quantity: 3,
          source: { kind: 'correction', correctsChargeId: CHARGE, reason: 'Three days, not one' },
        }),
      ]));

  it("moves a denied part of the payer's share to the patient, never more than the payer's share", () => {
    const covered = [coverageRegistered(), chargePosted({ payerShare: 4_000, patientShare: 1_000 })];
    deciderSpec(chargeDecider)
      .given(covered)
      .when(
        send({
          type: 'billing.TransferPayerShareToPatient',
          data: { patientId: PATIENT, chargeId: CHARGE, claimId: CLAIM, amount: kes(4_000) },
        }),
      )
      .then([
        {
          type: 'billing.PayerShareTransferredToPatient',
          data: { ...onAccount, chargeId: CHARGE, payerId: PAYER, claimId: CLAIM, amount: kes(4_000) },
        },
      ]);
    deciderSpec(chargeDecider)
      .given(covered)
      .when(
        send({
          type: 'billing.TransferPayerShareToPatient',
          data: { patientId: PATIENT, chargeId: CHARGE, claimId: CLAIM, amount: kes(4_001) },
        }),
      )
      .thenRejects('TRANSFER_EXCEEDS_PAYER_SHARE');
  });

  describe('after an appeal won part of what the patient had been billed', () => {
    // A 5,000 charge, the payer denied 4,000 of it (the patient's now), then an appeal pays 3,000 of that.
    const denied = [
      coverageRegistered(),
      chargePosted({ payerShare: 4_000, patientShare: 1_000 }),
      {
        type: 'billing.PayerShareTransferredToPatient',
        data: { ...onAccount, chargeId: CHARGE, payerId: PAYER, claimId: CLAIM, amount: kes(4_000) },
      } satisfies AccountEvent,
    ];
    const moveBack = (amount: number) =>
      send({
        type: 'billing.TransferPatientShareToPayer',
        data: { patientId: PATIENT, chargeId: CHARGE, claimId: CLAIM, amount: kes(amount) },
      });
    const movedBack = (amount: number, fromUnbilled: number): AccountEvent => ({
      type: 'billing.PatientShareTransferredToPayer',
      data: {
        ...onAccount,
        chargeId: CHARGE,
        payerId: PAYER,
        claimId: CLAIM,
        amount: kes(amount),
        fromUnbilled: kes(fromUnbilled),
      },
    });
    const reason = `claim ${CLAIM}: the payer pays this part after an appeal`;

    it('moves it straight back to the payer while not invoiced', () =>
      deciderSpec(chargeDecider)
        .given(denied)
        .when(moveBack(3_000))
        .then([movedBack(3_000, 3_000)]));

    it('takes it from a draft as well as from what no invoice carries (still unbilled in the ledger)', () =>
      deciderSpec(chargeDecider)
        .given([...denied, invoiceDrafted([{ amount: 5_000 }])])
        .when(moveBack(3_000))
        .then([movedBack(3_000, 3_000)]));

    it("credits the patient's issued invoice, as moved to the payer; what they had paid becomes their credit", () =>
      deciderSpec(chargeDecider)
        .given([
          ...denied,
          invoiceDrafted([{ amount: 5_000 }]),
          invoiceIssued(5_000),
          paymentReceived(4_000),
          creditAllocated([{ amount: 4_000 }]),
        ])
        .when(moveBack(3_000))
        .then([
          movedBack(3_000, 0),
          {
            type: 'billing.CreditNoteIssued',
            data: {
              ...onAccount,
              invoiceId: INVOICE,
              creditNoteNumber: 'INV-2026-000001-C1',
              reason,
              lines: [{ chargeId: CHARGE, category: 'consultation', amount: kes(3_000) }],
              total: kes(3_000),
              toReceivable: kes(1_000),
              toCredit: kes(2_000),
              transferredToPayerId: PAYER,
            },
          },
        ]));

    it("never moves back more than the patient owes of the charge, nor for a self-paying patient's charge", () => {
      deciderSpec(chargeDecider).given(denied).when(moveBack(5_001)).thenRejects('TRANSFER_EXCEEDS_PATIENT_SHARE');
      deciderSpec(chargeDecider)
        .given([chargePosted()])
        .when(moveBack(1_000))
        .thenRejects('TRANSFER_EXCEEDS_PATIENT_SHARE');
    });
  });

  it('posts a manual charge with its reason; it is not taken for a repeat of any source', () => {
    const manual = { kind: 'manual' as const, reason: 'Dressing change not captured by the ward' };
    deciderSpec(chargeDecider)
      .given([chargePosted()])
      .when(post({ chargeId: NEW_CHARGE, source: manual }))
      .then([chargePosted({ chargeId: NEW_CHARGE, source: manual })]);
  });
});
