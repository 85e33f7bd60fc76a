import { deciderSpec } from '@hms/sdk/testing';
import { chargePosted, invoiceDrafted, invoiceIssued } from '../../../test/account-builders';
import { CHARGE, INVOICE, kes, meta, NEW_CHARGE, onAccount, PATIENT, type Unsent } from '../../../test/builders';
import type { AccountEvent } from '../account/account.events';
import { chargeDecider, type ChargeCommand } from './charge.decider';

const send = (command: Unsent<ChargeCommand>): ChargeCommand => ({ ...command, meta: meta() });
const SOURCE = `evt-${CHARGE}`;
const THIRD_CHARGE = '00000000-0000-4000-8000-000000000043';

/** Some of the dispensed medication came back: `quantity` units, by the return `returnId`. */
const returned = (quantity: number, returnId = 'return-1', remainderChargeId = NEW_CHARGE) =>
  send({
    type: 'billing.ReverseCharge',
    data: {
      patientId: PATIENT,
      by: { kind: 'source-reduced', sourceEventId: SOURCE, reducedByEventId: returnId, quantity },
      remainderChargeId,
    },
  });

const reversal = (chargeId: string, patientUnbilled: number, reason: string, returnId = 'return-1'): AccountEvent => ({
  type: 'billing.ChargeReversed',
  data: {
    ...onAccount,
    chargeId,
    category: 'consultation',
    reason,
    reducedByEventId: returnId,
    patientUnbilled: kes(patientUnbilled),
    payerShare: kes(0),
  },
});

/** The charge for what was kept: `quantity` units at 300, replacing `corrects` for the reason given. */
const remainder = (chargeId: string, quantity: number, corrects: string, reason: string): AccountEvent =>
  chargePosted({
    chargeId,
    quantity,
    unitPrice: 300,
    source: { kind: 'correction', correctsChargeId: corrects, reason },
  });
const FIRST_RETURN = '4 of 10 returned (return-1)';

describe('charge decider: part of a charged source comes back', () => {
  it('keeps a charge for what the patient kept, at the same unit price', () =>
    deciderSpec(chargeDecider)
      .given([chargePosted({ quantity: 10, unitPrice: 300 })])
      .when(returned(4))
      .then([reversal(CHARGE, 3_000, FIRST_RETURN), remainder(NEW_CHARGE, 6, CHARGE, FIRST_RETURN)]));

  it('takes the whole charge back when everything is returned', () =>
    deciderSpec(chargeDecider)
      .given([chargePosted({ quantity: 10, unitPrice: 300 })])
      .when(returned(10))
      .then([reversal(CHARGE, 3_000, '10 of 10 returned (return-1)')]));

  it('reduces once per return: the same return again records nothing', () =>
    deciderSpec(chargeDecider)
      .given([
        chargePosted({ quantity: 10, unitPrice: 300 }),
        reversal(CHARGE, 3_000, FIRST_RETURN),
        remainder(NEW_CHARGE, 6, CHARGE, FIRST_RETURN),
      ])
      .when(returned(4))
      .then([]));

  it('a second return reduces the remaining charge, which still answers for the source', () =>
    deciderSpec(chargeDecider)
      .given([
        chargePosted({ quantity: 10, unitPrice: 300 }),
        reversal(CHARGE, 3_000, FIRST_RETURN),
        remainder(NEW_CHARGE, 6, CHARGE, FIRST_RETURN),
      ])
      .when(returned(2, 'return-2', THIRD_CHARGE))
      .then([
        reversal(NEW_CHARGE, 1_800, '2 of 6 returned (return-2)', 'return-2'),
        remainder(THIRD_CHARGE, 4, NEW_CHARGE, '2 of 6 returned (return-2)'),
      ]));

  it('credits what an issued invoice carries by a credit note, never by editing the invoice', () =>
    deciderSpec(chargeDecider)
      .given([
        chargePosted({ quantity: 10, unitPrice: 300 }),
        invoiceDrafted([{ amount: 3_000 }]),
        invoiceIssued(3_000),
      ])
      .when(returned(4))
      .then([
        reversal(CHARGE, 0, FIRST_RETURN),
        {
          type: 'billing.CreditNoteIssued',
          data: {
            ...onAccount,
            invoiceId: INVOICE,
            creditNoteNumber: 'INV-2026-000001-C1',
            reason: FIRST_RETURN,
            lines: [{ chargeId: CHARGE, category: 'consultation', amount: kes(3_000) }],
            total: kes(3_000),
            toReceivable: kes(3_000),
            toCredit: kes(0),
          },
        },
        remainder(NEW_CHARGE, 6, CHARGE, FIRST_RETURN),
      ]));

  it('records nothing for a source never charged', () =>
    deciderSpec(chargeDecider)
      .given([chargePosted({ eventId: 'another-source' })])
      .when(returned(1))
      .then([]));

  it('a charge corrected by the cashier is the one taken back when its source is cancelled', () =>
    deciderSpec(chargeDecider)
      .given([
        chargePosted({ quantity: 1 }),
        {
          type: 'billing.ChargeReversed',
          data: {
            ...onAccount,
            chargeId: CHARGE,
            category: 'consultation',
            reason: 'Two, not one',
            patientUnbilled: kes(5_000),
            payerShare: kes(0),
          },
        },
        chargePosted({
          chargeId: NEW_CHARGE,
          quantity: 2,
          source: { kind: 'correction', correctsChargeId: CHARGE, reason: 'Two, not one' },
        }),
      ])
      .when(
        send({
          type: 'billing.ReverseCharge',
          data: {
            patientId: PATIENT,
            by: { kind: 'source-cancelled', sourceEventId: SOURCE, cancelledByEventId: 'evt-cancel' },
          },
        }),
      )
      .then([
        {
          type: 'billing.ChargeReversed',
          data: {
            ...onAccount,
            chargeId: NEW_CHARGE,
            category: 'consultation',
            reason: 'source cancelled by evt-cancel',
            cancelledSourceEventId: SOURCE,
            patientUnbilled: kes(10_000),
            payerShare: kes(0),
          },
        },
      ]));
});
