import fc from 'fast-check';
import type { PaymentMethod, ServiceCategory } from '../src/contracts/schemas';
import type { AccountEvent } from '../src/domain/account/account.events';
import { isIssued, type AccountState, type OpenAccount } from '../src/domain/account/account.state';
import { chargeDecider } from '../src/domain/charge/charge.decider';
import { coverageDecider } from '../src/domain/coverage/coverage.decider';
import { invoiceDecider } from '../src/domain/invoice/invoice.decider';
import { money, type Money } from '../src/domain/money/money';
import { paymentDecider } from '../src/domain/payment/payment.decider';
import { meta, PATIENT } from './builders';

/**
 * Random histories of one patient's account for property tests: each step is what a cashier, a billing officer or
 * a charge-capturing reaction could send, aimed at the charges and invoices the account has at that moment.
 */
export const HISTORY_PAYER = id(0xfff);
const patientId = PATIENT;
const kes = (amount: number): Money => money(amount, 'KES');
const share = (amount: number, percent: number): number => Math.max(1, Math.floor((amount * percent) / 100));
const pick = <T>(items: readonly T[], index: number): T | undefined => items[index % Math.max(items.length, 1)];

export function id(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export type Step =
  | { op: 'charge'; unitPrice: number; quantity: number; category: ServiceCategory; encounter: number }
  | { op: 'reverse' | 'correct' | 'deny' | 'appeal' | 'return'; index: number; percent: number }
  | { op: 'invoice'; encounter: number; issue: boolean }
  | { op: 'issue'; index: number }
  | { op: 'void' | 'creditNote' | 'writeOff'; index: number; percent: number }
  | {
      op: 'pay';
      amount: number;
      method: PaymentMethod;
      reference: number;
      allocation: 'oldest-first' | 'hold' | 'explicit';
      index: number;
    }
  | { op: 'allocate' }
  | { op: 'refund'; percent: number };

const percent = fc.integer({ min: 1, max: 100 });
const index = fc.nat({ max: 50 });
const category = fc.constantFrom<ServiceCategory>('consultation', 'bed-day', 'procedure', 'stock-item');
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('charge' as const),
      unitPrice: fc.integer({ min: 1, max: 200_000 }),
      quantity: fc.integer({ min: 1, max: 4 }),
      category,
      encounter: fc.nat({ max: 2 }),
    }),
  },
  fc.record({
    op: fc.constantFrom('reverse' as const, 'correct' as const, 'deny' as const, 'appeal' as const, 'return' as const),
    index,
    percent,
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('invoice' as const),
      encounter: fc.nat({ max: 2 }),
      issue: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    }),
  },
  fc.record({ op: fc.constant('issue' as const), index }),
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constantFrom('void' as const, 'creditNote' as const, 'writeOff' as const),
      index,
      percent,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('pay' as const),
      amount: fc.integer({ min: 1, max: 150_000 }),
      method: fc.constantFrom<PaymentMethod>('cash', 'card', 'bank-transfer'),
      reference: fc.nat({ max: 5 }),
      allocation: fc.constantFrom('oldest-first' as const, 'hold' as const, 'explicit' as const),
      index,
    }),
  },
  fc.record({ op: fc.constant('allocate' as const) }),
  fc.record({ op: fc.constant('refund' as const), percent }),
);

/** Cover terms for a history, or none (a self-paying patient); stock items are excluded from cover. */
export const coverArb = fc.option(
  fc.record({
    deductible: fc.integer({ min: 0, max: 300_000 }),
    copay: fc.integer({ min: 0, max: 5_000 }),
    coinsuranceBp: fc.integer({ min: 0, max: 10_000 }),
  }),
);

export function registerCover(
  state: AccountState,
  cover: { deductible: number; copay: number; coinsuranceBp: number },
): AccountEvent[] {
  return coverageDecider.decide(
    {
      type: 'billing.RegisterCoverage',
      meta: meta(),
      data: {
        patientId,
        coverageId: id(0x400),
        payerId: HISTORY_PAYER,
        policyNumber: 'P-1',
        validFrom: '2026-01-01',
        terms: {
          deductiblePerYear: kes(cover.deductible),
          copays: [{ category: 'consultation', amount: kes(cover.copay) }],
          coinsuranceBp: cover.coinsuranceBp,
          excludedServices: [],
          excludedCategories: ['stock-item'],
        },
      },
    },
    state,
  );
}

/** Decides one step on the account; may throw the deciders' refusals (HmsError), which change nothing. */
export function decideStep(state: AccountState, step: Step, n: number): AccountEvent[] {
  const account = state.status === 'open' ? state : undefined;
  switch (step.op) {
    case 'charge':
      return chargeDecider.decide(
        {
          type: 'billing.PostCharge',
          meta: meta(),
          data: {
            patientId,
            chargeId: id(n),
            encounterId: id(0x100 + step.encounter),
            serviceCode: `SVC-${step.category}`,
            category: step.category,
            serviceDate: '2026-03-01',
            quantity: step.quantity,
            price: { priceListId: id(0x200), unitPrice: kes(step.unitPrice) },
            source: { kind: 'event', eventId: `evt-${n % 7}` }, // some events arrive twice
          },
        },
        state,
      );
    case 'reverse':
    case 'correct':
    case 'deny':
    case 'appeal':
    case 'return':
      return account ? chargeStep(account, step, n) : [];
    case 'invoice':
      return draftAndIssue(state, step, n);
    case 'issue':
    case 'void':
    case 'creditNote':
    case 'writeOff':
      return account ? invoiceStep(account, step, n) : [];
    case 'pay':
      return pay(state, step, n);
    case 'allocate':
      return paymentDecider.decide(
        { type: 'billing.AllocateCredit', meta: meta(), data: { patientId, allocation: { kind: 'oldest-first' } } },
        state,
      );
    case 'refund':
      return paymentDecider.decide(
        {
          type: 'billing.RefundCredit',
          meta: meta(),
          data: {
            patientId,
            refundId: id(n),
            method: 'cash',
            amount: kes(share(Math.max(account?.credit.amount ?? 0, 1), step.percent)),
            reason: 'test',
          },
        },
        state,
      );
  }
}

function chargeStep(
  account: OpenAccount,
  step: Extract<Step, { op: 'reverse' | 'correct' | 'deny' | 'appeal' | 'return' }>,
  n: number,
): AccountEvent[] {
  const charges = Object.values(account.charges);
  if (step.op === 'return') {
    // Part of a charged source comes back (a medication return), some returns delivered twice.
    const source = pick(Object.keys(account.chargedSources).sort(), step.index);
    if (!source) return [];
    return chargeDecider.decide(
      {
        type: 'billing.ReverseCharge',
        meta: meta(),
        data: {
          patientId,
          by: {
            kind: 'source-reduced',
            sourceEventId: source,
            reducedByEventId: `ret-${n % 5}`,
            quantity: 1 + (step.percent % 3),
          },
          remainderChargeId: id(n),
        },
      },
      account,
    );
  }
  if (step.op === 'deny') {
    const charge = pick(
      charges.filter((c) => c.payerShare.amount > 0),
      step.index,
    );
    if (!charge) return [];
    const amount = kes(share(charge.payerShare.amount, step.percent));
    return chargeDecider.decide(
      {
        type: 'billing.TransferPayerShareToPatient',
        meta: meta(),
        data: { patientId, chargeId: charge.chargeId, claimId: id(0x300), amount },
      },
      account,
    );
  }
  if (step.op === 'appeal') {
    // An appeal won back part of what a denial billed the patient (wherever it is: unbilled, drafted, invoiced, paid).
    const charge = pick(
      charges.filter((c) => c.payerId !== undefined && c.patientShare.amount > 0),
      step.index,
    );
    if (!charge) return [];
    const amount = kes(share(charge.patientShare.amount, step.percent));
    return chargeDecider.decide(
      {
        type: 'billing.TransferPatientShareToPayer',
        meta: meta(),
        data: { patientId, chargeId: charge.chargeId, claimId: id(0x300), amount },
      },
      account,
    );
  }
  const charge = pick(charges, step.index);
  if (!charge) return [];
  if (step.op === 'reverse') {
    return chargeDecider.decide(
      {
        type: 'billing.ReverseCharge',
        meta: meta(),
        data: { patientId, by: { kind: 'manual', chargeId: charge.chargeId, reason: 'test' } },
      },
      account,
    );
  }
  const quantity = 1 + (step.percent % 3);
  return chargeDecider.decide(
    {
      type: 'billing.CorrectCharge',
      meta: meta(),
      data: { patientId, chargeId: charge.chargeId, newChargeId: id(n), quantity, reason: 'test' },
    },
    account,
  );
}

function draftAndIssue(state: AccountState, step: Extract<Step, { op: 'invoice' }>, n: number): AccountEvent[] {
  const invoiceId = id(n);
  const scope = { kind: 'encounter' as const, encounterId: id(0x100 + step.encounter) };
  const drafted = invoiceDecider.decide(
    { type: 'billing.DraftInvoice', meta: meta(), data: { patientId, invoiceId, scope } },
    state,
  );
  if (!step.issue) return drafted;
  const afterDraft = drafted.reduce(invoiceDecider.evolve, state);
  const issue = { patientId, invoiceId, number: `INV-2026-${n}`, dueOn: '2026-03-31' };
  return [
    ...drafted,
    ...invoiceDecider.decide({ type: 'billing.IssueInvoice', meta: meta(), data: issue }, afterDraft),
  ];
}

function invoiceStep(
  account: OpenAccount,
  step: Extract<Step, { op: 'issue' | 'void' | 'creditNote' | 'writeOff' }>,
  n: number,
): AccountEvent[] {
  const invoices = Object.values(account.invoices);
  if (step.op === 'issue') {
    const draft = pick(
      invoices.filter((i) => i.status === 'draft'),
      step.index,
    );
    const issue = draft && { patientId, invoiceId: draft.invoiceId, number: `INV-2026-${n}`, dueOn: '2026-03-31' };
    return issue ? invoiceDecider.decide({ type: 'billing.IssueInvoice', meta: meta(), data: issue }, account) : [];
  }
  if (step.op === 'void') {
    const invoice = pick(invoices, step.index);
    return invoice
      ? invoiceDecider.decide(
          {
            type: 'billing.VoidInvoice',
            meta: meta(),
            data: { patientId, invoiceId: invoice.invoiceId, reason: 'test' },
          },
          account,
        )
      : [];
  }
  const invoice = pick(invoices.filter(isIssued), step.index);
  if (!invoice) return [];
  if (step.op === 'creditNote') {
    const amount = kes(share(invoice.total.amount, step.percent));
    return invoiceDecider.decide(
      {
        type: 'billing.IssueCreditNote',
        meta: meta(),
        data: { patientId, invoiceId: invoice.invoiceId, amount, reason: 'test' },
      },
      account,
    );
  }
  const partly = step.percent < 50 ? { amount: kes(share(invoice.balance.amount, step.percent * 2)) } : {};
  return invoiceDecider.decide(
    {
      type: 'billing.WriteOffInvoice',
      meta: meta(),
      data: { patientId, invoiceId: invoice.invoiceId, reason: 'test', ...partly },
    },
    account,
  );
}

function pay(state: AccountState, step: Extract<Step, { op: 'pay' }>, n: number): AccountEvent[] {
  const issued = state.status === 'open' ? Object.values(state.invoices).filter(isIssued) : [];
  const target = pick(issued, step.index);
  const allocation =
    step.allocation === 'explicit' && target
      ? { kind: 'explicit' as const, invoices: [{ invoiceId: target.invoiceId, amount: kes(step.amount) }] }
      : { kind: step.allocation === 'hold' ? ('hold' as const) : ('oldest-first' as const) };
  // A few provider references per history, so confirmations repeat.
  const providerReference = `psp-${step.reference}-${step.amount % 3}`;
  return paymentDecider.decide(
    {
      type: 'billing.ReceivePayment',
      meta: meta(),
      data: {
        patientId,
        paymentId: id(n),
        method: step.method,
        amount: kes(step.amount),
        providerReference,
        allocation,
      },
    },
    state,
  );
}
