import {
  chargePosted,
  coverageRegistered,
  creditAllocated,
  invoiceDrafted,
  invoiceIssued,
  paymentReceived,
} from '../../../test/account-builders';
import { CLAIM, INVOICE, kes, onAccount, PATIENT, PAYER, recorded, REFUND } from '../../../test/builders';
import type { AccountEvent } from '../account/account.events';
import { invoiceBalance, trialBalance } from './ledger';
import { postingsFor, type BillingEvent } from './postings';

const receivable = `patient-receivable:${PATIENT}`;
const unbilled = `patient-unbilled:${PATIENT}`;
const credit = `patient-credit:${PATIENT}`;
const payer = `payer-receivable:${PAYER}`;

describe('ledger postings', () => {
  it('books a split charge to revenue, the payer and the patient (unbilled until invoiced)', () =>
    expect(postingsFor(chargePosted({ unitPrice: 10_000, payerShare: 8_000 }))).toEqual([
      { account: unbilled, side: 'debit', amount: kes(2_000) },
      { account: payer, side: 'debit', amount: kes(8_000) },
      { account: 'revenue:consultation', side: 'credit', amount: kes(10_000) },
    ]));

  it('moves the patient share to the invoice on issue; a payment goes through credit onto the invoice', () => {
    const events: BillingEvent[] = [
      chargePosted(),
      invoiceDrafted([{ amount: 5_000 }]),
      invoiceIssued(5_000),
      paymentReceived(7_000),
      creditAllocated([{ amount: 5_000 }]),
    ];
    const postings = events.flatMap(postingsFor);
    const { balances, debits, credits } = trialBalance(postings);
    expect(debits).toBe(credits);
    expect(balances).toEqual({
      [unbilled]: 0,
      'revenue:consultation': -5_000,
      [receivable]: 0,
      'card-clearing': 7_000,
      [credit]: -2_000,
    });
    expect(invoiceBalance(postings, INVOICE)).toBe(0);
  });

  it('pays refunds out of patient credit, and remittances into the bank against the payer', () => {
    const refund: AccountEvent = {
      type: 'billing.RefundIssued',
      data: { ...onAccount, refundId: REFUND, method: 'cash', amount: kes(2_000), reason: 'Overpaid' },
    };
    expect(postingsFor(refund)).toEqual([
      { account: credit, side: 'debit', amount: kes(2_000) },
      { account: 'cash', side: 'credit', amount: kes(2_000) },
    ]);
    expect(
      postingsFor({
        type: 'billing.ClaimPaymentReceived',
        data: {
          claimId: CLAIM,
          ...recorded,
          payerId: PAYER,
          remittanceReference: 'r-1',
          amount: kes(6_000),
          fullyPaid: true,
        },
      }),
    ).toEqual([
      { account: 'bank', side: 'debit', amount: kes(6_000) },
      { account: payer, side: 'credit', amount: kes(6_000) },
    ]);
  });

  it('posts nothing for facts that move no money (a cover, a draft)', () => {
    expect(postingsFor(coverageRegistered())).toEqual([]);
    expect(postingsFor(invoiceDrafted([{ amount: 5_000 }]))).toEqual([]);
  });
});
