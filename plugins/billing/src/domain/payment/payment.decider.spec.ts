import { deciderSpec } from '@hms/sdk/testing';
import {
  chargePosted,
  creditAllocated,
  invoiceDrafted,
  invoiceIssued,
  paymentReceived,
} from '../../../test/account-builders';
import {
  INVOICE,
  kes,
  meta,
  onAccount,
  OTHER_CHARGE,
  OTHER_INVOICE,
  OTHER_PAYMENT,
  PATIENT,
  PAYMENT,
  REFUND,
  type Unsent,
} from '../../../test/builders';
import type { AccountEvent } from '../account/account.events';
import { money } from '../money/money';
import { paymentDecider, type PaymentCommand } from './payment.decider';

const send = (command: Unsent<PaymentCommand>): PaymentCommand => ({ ...command, meta: meta() });
const receive = (
  amount: number,
  extra: {
    paymentId?: string;
    providerReference?: string;
    allocation?: Extract<PaymentCommand, { type: 'billing.ReceivePayment' }>['data']['allocation'];
  } = {},
) =>
  send({
    type: 'billing.ReceivePayment',
    data: {
      patientId: PATIENT,
      paymentId: extra.paymentId ?? PAYMENT,
      method: 'card',
      amount: kes(amount),
      allocation: extra.allocation ?? { kind: 'oldest-first' },
      ...(extra.providerReference ? { providerReference: extra.providerReference } : {}),
    },
  });
/** Two issued invoices: the older one of 5,000.00 minor units (50.00), the newer one of 3,000 (30.00). */
const twoInvoices: AccountEvent[] = [
  chargePosted(),
  invoiceDrafted([{ amount: 5_000 }]),
  invoiceIssued(5_000),
  chargePosted({ chargeId: OTHER_CHARGE, unitPrice: 3_000 }),
  invoiceDrafted([{ chargeId: OTHER_CHARGE, amount: 3_000 }], OTHER_INVOICE),
  invoiceIssued(3_000, OTHER_INVOICE, 'INV-2026-000002'),
];

describe('payment decider', () => {
  it('applies a payment to the oldest invoice first, then the next', () =>
    deciderSpec(paymentDecider)
      .given(twoInvoices)
      .when(receive(6_000))
      .then([
        paymentReceived(6_000),
        creditAllocated(
          [
            { invoiceId: INVOICE, amount: 5_000 },
            { invoiceId: OTHER_INVOICE, amount: 1_000 },
          ],
          PAYMENT,
        ),
      ]));

  it('applies a payment where the cashier says, capped at each balance', () =>
    deciderSpec(paymentDecider)
      .given(twoInvoices)
      .when(
        receive(4_000, {
          allocation: { kind: 'explicit', invoices: [{ invoiceId: OTHER_INVOICE, amount: kes(4_000) }] },
        }),
      )
      .then([paymentReceived(4_000), creditAllocated([{ invoiceId: OTHER_INVOICE, amount: 3_000 }], PAYMENT)]));

  it('holds an overpayment as patient credit', () => {
    deciderSpec(paymentDecider)
      .given(twoInvoices)
      .when(receive(10_000))
      .then([
        paymentReceived(10_000),
        creditAllocated(
          [
            { invoiceId: INVOICE, amount: 5_000 },
            { invoiceId: OTHER_INVOICE, amount: 3_000 },
          ],
          PAYMENT,
        ),
      ]);
    const state = [
      ...twoInvoices,
      paymentReceived(10_000),
      creditAllocated(
        [
          { invoiceId: INVOICE, amount: 5_000 },
          { invoiceId: OTHER_INVOICE, amount: 3_000 },
        ],
        PAYMENT,
      ),
    ].reduce(paymentDecider.evolve, paymentDecider.initialState());
    expect(state.status === 'open' && state.credit).toEqual(kes(2_000));
  });

  it('applies a payment racing another only up to what is still owed: the second sees the first and keeps the rest as credit', () => {
    const firstWon = [
      ...twoInvoices,
      paymentReceived(5_000, OTHER_PAYMENT),
      creditAllocated([{ invoiceId: INVOICE, amount: 5_000 }], OTHER_PAYMENT),
    ];
    deciderSpec(paymentDecider)
      .given(firstWon)
      .when(
        receive(5_000, { allocation: { kind: 'explicit', invoices: [{ invoiceId: INVOICE, amount: kes(5_000) }] } }),
      )
      .then([paymentReceived(5_000)]);
  });

  it('records a provider confirmation once: the same reference twice is one payment', () => {
    const confirmed = [
      ...twoInvoices,
      paymentReceived(5_000, PAYMENT, 'psp-ref-1'),
      creditAllocated([{ invoiceId: INVOICE, amount: 5_000 }], PAYMENT),
    ];
    deciderSpec(paymentDecider)
      .given(confirmed)
      .when(receive(5_000, { paymentId: OTHER_PAYMENT, providerReference: 'psp-ref-1' }))
      .then([]);
    deciderSpec(paymentDecider)
      .given(confirmed)
      .when(receive(5_000, { providerReference: 'psp-ref-1' }))
      .then([]);
  });

  it('records a decline, once, and refuses to decline what was confirmed or confirm what was declined', () => {
    const decline = send({
      type: 'billing.DeclinePayment',
      data: {
        patientId: PATIENT,
        paymentId: PAYMENT,
        method: 'card',
        amount: kes(5_000),
        providerReference: 'psp-ref-2',
        declineCode: 'insufficient_funds',
      },
    });
    const declined: AccountEvent = {
      type: 'billing.PaymentDeclined',
      data: {
        ...onAccount,
        paymentId: PAYMENT,
        method: 'card',
        amount: kes(5_000),
        providerReference: 'psp-ref-2',
        declineCode: 'insufficient_funds',
      },
    };
    deciderSpec(paymentDecider).given(twoInvoices).when(decline).then([declined]);
    deciderSpec(paymentDecider)
      .given([...twoInvoices, declined])
      .when(decline)
      .then([]);
    deciderSpec(paymentDecider)
      .given([...twoInvoices, declined])
      .when(receive(5_000, { paymentId: OTHER_PAYMENT, providerReference: 'psp-ref-2' }))
      .thenRejects('PAYMENT_ALREADY_SETTLED');
    deciderSpec(paymentDecider)
      .given([...twoInvoices, paymentReceived(5_000, PAYMENT, 'psp-ref-2')])
      .when(decline)
      .thenRejects('PAYMENT_ALREADY_SETTLED');
  });

  it('refuses an explicit allocation beyond the payment, or to an invoice not issued', () => {
    deciderSpec(paymentDecider)
      .given(twoInvoices)
      .when(
        receive(1_000, { allocation: { kind: 'explicit', invoices: [{ invoiceId: INVOICE, amount: kes(1_001) }] } }),
      )
      .thenRejects('ALLOCATION_EXCEEDS_CREDIT');
    deciderSpec(paymentDecider)
      .given(twoInvoices.slice(0, 2))
      .when(
        receive(1_000, { allocation: { kind: 'explicit', invoices: [{ invoiceId: INVOICE, amount: kes(1_000) }] } }),
      )
      .thenRejects('INVOICE_NOT_ISSUED');
  });

  it('holds a payment on account when told to, and applies held credit later', () => {
    deciderSpec(paymentDecider)
      .given(twoInvoices)
      .when(receive(2_000, { allocation: { kind: 'hold' } }))
      .then([paymentReceived(2_000)]);
    deciderSpec(paymentDecider)
      .given([...twoInvoices, paymentReceived(2_000)])
      .when(
        send({ type: 'billing.AllocateCredit', data: { patientId: PATIENT, allocation: { kind: 'oldest-first' } } }),
      )
      .then([creditAllocated([{ invoiceId: INVOICE, amount: 2_000 }])]);
  });

  it('refuses to apply credit for a patient with no account', () =>
    deciderSpec(paymentDecider)
      .given([])
      .when(
        send({ type: 'billing.AllocateCredit', data: { patientId: PATIENT, allocation: { kind: 'oldest-first' } } }),
      )
      .thenRejects('ACCOUNT_NOT_FOUND'));

  it('refunds out of credit only, with a reason, once per refund id', () => {
    const refund = send({
      type: 'billing.RefundCredit',
      data: {
        patientId: PATIENT,
        refundId: REFUND,
        method: 'cash',
        amount: kes(2_000),
        reason: 'Overpaid at discharge',
      },
    });
    const refunded: AccountEvent = {
      type: 'billing.RefundIssued',
      data: { ...onAccount, refundId: REFUND, method: 'cash', amount: kes(2_000), reason: 'Overpaid at discharge' },
    };
    const overpaid = [
      ...twoInvoices,
      paymentReceived(10_000),
      creditAllocated(
        [
          { invoiceId: INVOICE, amount: 5_000 },
          { invoiceId: OTHER_INVOICE, amount: 3_000 },
        ],
        PAYMENT,
      ),
    ];
    deciderSpec(paymentDecider).given(overpaid).when(refund).then([refunded]);
    deciderSpec(paymentDecider)
      .given([...overpaid, refunded])
      .when(refund)
      .then([]);
    deciderSpec(paymentDecider).given(twoInvoices).when(refund).thenRejects('REFUND_EXCEEDS_CREDIT');
  });

  it('refuses money in another currency than the account keeps', () =>
    deciderSpec(paymentDecider)
      .given(twoInvoices)
      .when(
        send({
          type: 'billing.ReceivePayment',
          data: {
            patientId: PATIENT,
            paymentId: PAYMENT,
            method: 'cash',
            amount: money(100, 'USD'),
            allocation: { kind: 'oldest-first' },
          },
        }),
      )
      .thenRejects('CURRENCY_MISMATCH'));
});
