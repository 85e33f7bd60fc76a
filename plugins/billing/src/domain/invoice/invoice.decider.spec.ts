import { deciderSpec } from '@hms/sdk/testing';
import {
  chargePosted,
  creditAllocated,
  invoiceDrafted,
  invoiceIssued,
  paymentReceived,
} from '../../../test/account-builders';
import {
  CHARGE,
  ENCOUNTER,
  INVOICE,
  kes,
  meta,
  onAccount,
  OTHER_CHARGE,
  OTHER_ENCOUNTER,
  OTHER_INVOICE,
  PATIENT,
  TODAY,
  type Unsent,
} from '../../../test/builders';
import type { AccountEvent } from '../account/account.events';
import { invoiceCounter, invoiceNumber } from './invoice-number';
import { invoiceDecider, type InvoiceCommand } from './invoice.decider';

const send = (command: Unsent<InvoiceCommand>): InvoiceCommand => ({ ...command, meta: meta() });
const draft = send({
  type: 'billing.DraftInvoice',
  data: { patientId: PATIENT, invoiceId: INVOICE, scope: { kind: 'encounter', encounterId: ENCOUNTER } },
});
const issue = send({
  type: 'billing.IssueInvoice',
  data: { patientId: PATIENT, invoiceId: INVOICE, number: 'INV-2026-000001', dueOn: '2026-03-31' },
});
const twoCharges = [
  chargePosted({ unitPrice: 5_000 }),
  chargePosted({ chargeId: OTHER_CHARGE, unitPrice: 3_000, category: 'investigation' }),
];
const issued: AccountEvent[] = [
  ...twoCharges,
  invoiceDrafted([{ amount: 5_000 }, { chargeId: OTHER_CHARGE, amount: 3_000, category: 'investigation' }]),
  invoiceIssued(8_000),
];

describe('invoice decider', () => {
  it("drafts the patient's open charges of the encounter, and only those", () =>
    deciderSpec(invoiceDecider)
      .given([
        ...twoCharges,
        chargePosted({ chargeId: '00000000-0000-4000-8000-0000000000ff', encounterId: OTHER_ENCOUNTER }),
      ])
      .when(draft)
      .then([
        invoiceDrafted([{ amount: 5_000 }, { chargeId: OTHER_CHARGE, amount: 3_000, category: 'investigation' }]),
      ]));

  it('drafts nothing twice: a charge on a draft is not open any more', () =>
    deciderSpec(invoiceDecider)
      .given([
        ...twoCharges,
        invoiceDrafted(
          [{ amount: 5_000 }, { chargeId: OTHER_CHARGE, amount: 3_000, category: 'investigation' }],
          OTHER_INVOICE,
        ),
      ])
      .when(draft)
      .thenRejects('NOTHING_TO_INVOICE'));

  it('issues a draft under the number it is given, for the total of its lines', () => {
    deciderSpec(invoiceDecider)
      .given(issued.slice(0, 3))
      .when(issue)
      .then([invoiceIssued(8_000)]);
    deciderSpec(invoiceDecider).given(issued).when(issue).thenRejects('INVOICE_NOT_DRAFT');
  });

  it('goes issued → partly paid → paid as payments are applied', () => {
    const after = (events: AccountEvent[]) => events.reduce(invoiceDecider.evolve, invoiceDecider.initialState());
    const partly = after([...issued, paymentReceived(3_000), creditAllocated([{ amount: 3_000 }])]);
    const paid = after([...issued, paymentReceived(8_000), creditAllocated([{ amount: 8_000 }])]);
    expect(partly.status === 'open' && partly.invoices[INVOICE]).toMatchObject({
      status: 'partly-paid',
      balance: kes(5_000),
      paid: kes(3_000),
    });
    expect(paid.status === 'open' && paid.invoices[INVOICE]).toMatchObject({ status: 'paid', balance: kes(0) });
  });

  it('voids an untouched invoice (its charges can be invoiced again), but not one with a payment on it', () => {
    const voidIt = send({
      type: 'billing.VoidInvoice',
      data: { patientId: PATIENT, invoiceId: INVOICE, reason: 'Wrong patient account' },
    });
    deciderSpec(invoiceDecider)
      .given(issued)
      .when(voidIt)
      .then([
        {
          type: 'billing.InvoiceVoided',
          data: { ...onAccount, invoiceId: INVOICE, reason: 'Wrong patient account', returnedToUnbilled: kes(8_000) },
        },
      ]);
    deciderSpec(invoiceDecider)
      .given([...issued, paymentReceived(1_000), creditAllocated([{ amount: 1_000 }])])
      .when(voidIt)
      .thenRejects('INVOICE_HAS_ACTIVITY');
    deciderSpec(invoiceDecider)
      .given([
        ...issued,
        {
          type: 'billing.InvoiceVoided',
          data: { ...onAccount, invoiceId: INVOICE, reason: 'x', returnedToUnbilled: kes(8_000) },
        },
      ])
      .when(
        send({
          type: 'billing.DraftInvoice',
          data: { patientId: PATIENT, invoiceId: OTHER_INVOICE, scope: { kind: 'encounter', encounterId: ENCOUNTER } },
        }),
      )
      .then([
        invoiceDrafted(
          [{ amount: 5_000 }, { chargeId: OTHER_CHARGE, amount: 3_000, category: 'investigation' }],
          OTHER_INVOICE,
        ),
      ]);
  });

  it('credits an issued invoice by credit note, spread over its lines by largest remainder, numbered after the invoice', () =>
    deciderSpec(invoiceDecider)
      .given(issued)
      .when(
        send({
          type: 'billing.IssueCreditNote',
          data: { patientId: PATIENT, invoiceId: INVOICE, amount: kes(1_001), reason: 'Goodwill' },
        }),
      )
      .then([
        {
          type: 'billing.CreditNoteIssued',
          data: {
            ...onAccount,
            invoiceId: INVOICE,
            creditNoteNumber: 'INV-2026-000001-C1',
            reason: 'Goodwill',
            lines: [
              { chargeId: CHARGE, category: 'consultation', amount: kes(626) },
              { chargeId: OTHER_CHARGE, category: 'investigation', amount: kes(375) },
            ],
            total: kes(1_001),
            toReceivable: kes(1_001),
            toCredit: kes(0),
          },
        },
      ]));

  it("credits a paid invoice into the patient's credit, and never more than was invoiced", () => {
    const paid = [...issued, paymentReceived(8_000), creditAllocated([{ amount: 8_000 }])];
    deciderSpec(invoiceDecider)
      .given(paid)
      .when(
        send({
          type: 'billing.IssueCreditNote',
          data: { patientId: PATIENT, invoiceId: INVOICE, amount: kes(3_000), reason: 'Test not done' },
        }),
      )
      .then([
        {
          type: 'billing.CreditNoteIssued',
          data: {
            ...onAccount,
            invoiceId: INVOICE,
            creditNoteNumber: 'INV-2026-000001-C1',
            reason: 'Test not done',
            lines: [
              { chargeId: CHARGE, category: 'consultation', amount: kes(1_875) },
              { chargeId: OTHER_CHARGE, category: 'investigation', amount: kes(1_125) },
            ],
            total: kes(3_000),
            toReceivable: kes(0),
            toCredit: kes(3_000),
          },
        },
      ]);
    deciderSpec(invoiceDecider)
      .given(issued)
      .when(
        send({
          type: 'billing.IssueCreditNote',
          data: { patientId: PATIENT, invoiceId: INVOICE, amount: kes(8_001), reason: 'x' },
        }),
      )
      .thenRejects('CREDIT_EXCEEDS_INVOICE');
    deciderSpec(invoiceDecider)
      .given(issued.slice(0, 3))
      .when(
        send({
          type: 'billing.IssueCreditNote',
          data: { patientId: PATIENT, invoiceId: INVOICE, amount: kes(1), reason: 'x' },
        }),
      )
      .thenRejects('INVOICE_NOT_ISSUED');
  });

  it('writes off the balance (all of it by default), never more', () => {
    const partly = [...issued, paymentReceived(3_000), creditAllocated([{ amount: 3_000 }])];
    deciderSpec(invoiceDecider)
      .given(partly)
      .when(
        send({
          type: 'billing.WriteOffInvoice',
          data: { patientId: PATIENT, invoiceId: INVOICE, reason: 'Not recoverable' },
        }),
      )
      .then([
        {
          type: 'billing.InvoiceWrittenOff',
          data: { ...onAccount, invoiceId: INVOICE, amount: kes(5_000), reason: 'Not recoverable' },
        },
      ]);
    deciderSpec(invoiceDecider)
      .given(partly)
      .when(
        send({
          type: 'billing.WriteOffInvoice',
          data: { patientId: PATIENT, invoiceId: INVOICE, amount: kes(5_001), reason: 'x' },
        }),
      )
      .thenRejects('WRITE_OFF_EXCEEDS_BALANCE');
    deciderSpec(invoiceDecider)
      .given([])
      .when(send({ type: 'billing.WriteOffInvoice', data: { patientId: PATIENT, invoiceId: INVOICE, reason: 'x' } }))
      .thenRejects('INVOICE_NOT_FOUND');
  });

  it('drafts by period: charges with service dates inside it', () =>
    deciderSpec(invoiceDecider)
      .given([
        chargePosted({ serviceDate: '2026-02-27' }),
        chargePosted({ chargeId: OTHER_CHARGE, serviceDate: TODAY }),
      ])
      .when(
        send({
          type: 'billing.DraftInvoice',
          data: {
            patientId: PATIENT,
            invoiceId: INVOICE,
            scope: { kind: 'period', from: '2026-02-01', to: '2026-02-28' },
          },
        }),
      )
      .then([
        {
          ...invoiceDrafted([{ amount: 5_000 }]),
          data: {
            ...onAccount,
            invoiceId: INVOICE,
            scope: { kind: 'period', from: '2026-02-01', to: '2026-02-28' },
            lines: [{ chargeId: CHARGE, category: 'consultation', amount: kes(5_000) }],
          },
        },
      ]));
});

describe('invoiceNumber', () => {
  it('numbers per year with six digits, counted by the handler', () => {
    expect(invoiceNumber(2026, 42)).toBe('INV-2026-000042');
    expect(invoiceCounter(2027)).toBe('billing.invoice-2027');
  });
});
