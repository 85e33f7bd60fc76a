import { HmsError } from '@hms/sdk';
import fc from 'fast-check';
import { meta, PATIENT } from '../../../test/builders';
import { ACCOUNT_EVENTS } from '../../contracts/account-events';
import type { PaymentMethod, ServiceCategory } from '../../contracts/schemas';
import type { AccountEvent } from '../account/account.events';
import { accountFold } from '../account/account.fold';
import { isIssued, type AccountState } from '../account/account.state';
import { chargeDecider } from '../charge/charge.decider';
import { coverageDecider } from '../coverage/coverage.decider';
import { invoiceDecider } from '../invoice/invoice.decider';
import { money } from '../money/money';
import { paymentDecider } from '../payment/payment.decider';
import { invoiceBalance, trialBalance } from './ledger';
import { postingsFor } from './postings';

/**
 * After any sequence of charges, reversals, corrections, payer denials, invoices, payments (some confirmed twice),
 * allocations, refunds, credit notes, write-offs and voids, the ledger balances and reconciles with the account:
 * each invoice's balance is its slice of the receivable account, and credit, unbilled and payer receivable match.
 */
const RUNS = 400;
const kes = (amount: number) => money(amount, 'KES');
const id = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const PAYER = id(0xfff);
const pick = <T>(items: readonly T[], index: number): T | undefined => items[index % Math.max(items.length, 1)];

type Op =
  | { op: 'charge'; unitPrice: number; quantity: number; category: ServiceCategory; encounter: number }
  | { op: 'reverse' | 'correct' | 'deny'; index: number; fraction: number }
  | { op: 'invoice'; encounter: number; issue: boolean }
  | { op: 'issue'; index: number }
  | { op: 'void' | 'creditNote' | 'writeOff'; index: number; fraction: number }
  | {
      op: 'pay';
      amount: number;
      method: PaymentMethod;
      reference: number;
      allocation: 'oldest-first' | 'hold' | 'explicit';
      index: number;
    }
  | { op: 'allocate' }
  | { op: 'refund'; fraction: number };

const fraction = fc.integer({ min: 1, max: 100 });
const index = fc.nat({ max: 50 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('charge' as const),
      unitPrice: fc.integer({ min: 1, max: 200_000 }),
      quantity: fc.integer({ min: 1, max: 4 }),
      category: fc.constantFrom<ServiceCategory>('consultation', 'bed-day', 'procedure', 'stock-item'),
      encounter: fc.nat({ max: 2 }),
    }),
  },
  fc.record({ op: fc.constantFrom('reverse' as const, 'correct' as const, 'deny' as const), index, fraction }),
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
      fraction,
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
  fc.record({ op: fc.constant('refund' as const), fraction }),
);

const contracts = new Map<string, (typeof ACCOUNT_EVENTS)[number]>(ACCOUNT_EVENTS.map((d) => [d.type, d]));
const accepted: Record<string, number> = {};
const rejected: Record<string, number> = {};
/** Steps that decided nothing: a repeated provider reference or source event, nothing to allocate, no target. */
const unchanged: Record<string, number> = {};

function apply(state: AccountState, op: Op, n: number): AccountEvent[] {
  const patientId = PATIENT;
  const open = state.status === 'open' ? state : undefined;
  const charges = Object.values(open?.charges ?? {});
  const invoices = Object.values(open?.invoices ?? {});
  const issued = invoices.filter(isIssued);
  const share = (amount: number, f: number) => Math.max(1, Math.floor((amount * f) / 100));
  switch (op.op) {
    case 'charge':
      return chargeDecider.decide(
        {
          type: 'billing.PostCharge',
          meta: meta(),
          data: {
            patientId,
            chargeId: id(n),
            encounterId: id(0x100 + op.encounter),
            serviceCode: `SVC-${op.category}`,
            category: op.category,
            serviceDate: '2026-03-01',
            quantity: op.quantity,
            price: { priceListId: id(0x200), unitPrice: kes(op.unitPrice) },
            source: { kind: 'event', eventId: `evt-${n % 7}` },
          },
        },
        state,
      );
    case 'reverse': {
      const charge = pick(charges, op.index);
      return charge
        ? chargeDecider.decide(
            {
              type: 'billing.ReverseCharge',
              meta: meta(),
              data: { patientId, by: { kind: 'manual', chargeId: charge.chargeId, reason: 'test' } },
            },
            state,
          )
        : [];
    }
    case 'correct': {
      const charge = pick(charges, op.index);
      return charge
        ? chargeDecider.decide(
            {
              type: 'billing.CorrectCharge',
              meta: meta(),
              data: {
                patientId,
                chargeId: charge.chargeId,
                newChargeId: id(n),
                quantity: 1 + (op.fraction % 3),
                reason: 'test',
              },
            },
            state,
          )
        : [];
    }
    case 'deny': {
      const charge = pick(
        charges.filter((c) => c.payerShare.amount > 0),
        op.index,
      );
      return charge
        ? chargeDecider.decide(
            {
              type: 'billing.TransferPayerShareToPatient',
              meta: meta(),
              data: {
                patientId,
                chargeId: charge.chargeId,
                claimId: id(0x300),
                amount: kes(share(charge.payerShare.amount, op.fraction)),
              },
            },
            state,
          )
        : [];
    }
    case 'invoice': {
      const invoiceId = id(n);
      const drafted = invoiceDecider.decide(
        {
          type: 'billing.DraftInvoice',
          meta: meta(),
          data: { patientId, invoiceId, scope: { kind: 'encounter', encounterId: id(0x100 + op.encounter) } },
        },
        state,
      );
      if (!op.issue) return drafted;
      const afterDraft = drafted.reduce(accountFold.evolve, state);
      return [
        ...drafted,
        ...invoiceDecider.decide(
          {
            type: 'billing.IssueInvoice',
            meta: meta(),
            data: { patientId, invoiceId, number: `INV-2026-${n}`, dueOn: '2026-03-31' },
          },
          afterDraft,
        ),
      ];
    }
    case 'issue': {
      const draft = pick(
        invoices.filter((i) => i.status === 'draft'),
        op.index,
      );
      return draft
        ? invoiceDecider.decide(
            {
              type: 'billing.IssueInvoice',
              meta: meta(),
              data: { patientId, invoiceId: draft.invoiceId, number: `INV-2026-${n}`, dueOn: '2026-03-31' },
            },
            state,
          )
        : [];
    }
    case 'void': {
      const invoice = pick(invoices, op.index);
      return invoice
        ? invoiceDecider.decide(
            {
              type: 'billing.VoidInvoice',
              meta: meta(),
              data: { patientId, invoiceId: invoice.invoiceId, reason: 'test' },
            },
            state,
          )
        : [];
    }
    case 'creditNote': {
      const invoice = pick(issued, op.index);
      return invoice
        ? invoiceDecider.decide(
            {
              type: 'billing.IssueCreditNote',
              meta: meta(),
              data: {
                patientId,
                invoiceId: invoice.invoiceId,
                amount: kes(share(invoice.total.amount, op.fraction)),
                reason: 'test',
              },
            },
            state,
          )
        : [];
    }
    case 'writeOff': {
      const invoice = pick(issued, op.index);
      const amount = invoice && op.fraction < 50 ? kes(share(invoice.balance.amount, op.fraction * 2)) : undefined;
      return invoice
        ? invoiceDecider.decide(
            {
              type: 'billing.WriteOffInvoice',
              meta: meta(),
              data: { patientId, invoiceId: invoice.invoiceId, reason: 'test', ...(amount ? { amount } : {}) },
            },
            state,
          )
        : [];
    }
    case 'pay': {
      const target = pick(issued, op.index);
      const allocation =
        op.allocation === 'explicit' && target
          ? { kind: 'explicit' as const, invoices: [{ invoiceId: target.invoiceId, amount: kes(op.amount) }] }
          : { kind: op.allocation === 'hold' ? ('hold' as const) : ('oldest-first' as const) };
      return paymentDecider.decide(
        {
          type: 'billing.ReceivePayment',
          meta: meta(),
          data: {
            patientId,
            paymentId: id(n),
            method: op.method,
            amount: kes(op.amount),
            providerReference: `psp-${op.reference}-${op.amount % 3}`,
            allocation,
          },
        },
        state,
      );
    }
    case 'allocate':
      return paymentDecider.decide(
        { type: 'billing.AllocateCredit', meta: meta(), data: { patientId, allocation: { kind: 'oldest-first' } } },
        state,
      );
    case 'refund': {
      const credit = open?.credit.amount ?? 0;
      return paymentDecider.decide(
        {
          type: 'billing.RefundCredit',
          meta: meta(),
          data: {
            patientId,
            refundId: id(n),
            method: 'cash',
            amount: kes(share(Math.max(credit, 1), op.fraction)),
            reason: 'test',
          },
        },
        state,
      );
    }
  }
}

const coverArb = fc.option(
  fc.record({
    deductible: fc.integer({ min: 0, max: 300_000 }),
    copay: fc.integer({ min: 0, max: 5_000 }),
    coinsuranceBp: fc.integer({ min: 0, max: 10_000 }),
  }),
);

describe('the billing ledger (property)', () => {
  it(`balances and reconciles with every invoice, the credit, unbilled and payer accounts (${RUNS} random histories)`, () => {
    fc.assert(
      fc.property(coverArb, fc.array(opArb, { minLength: 1, maxLength: 40, size: 'max' }), (cover, ops) => {
        let state: AccountState = accountFold.initialState();
        const events: AccountEvent[] = [];
        const record = (decided: AccountEvent[]) => {
          events.push(...decided);
          state = decided.reduce(accountFold.evolve, state);
        };
        if (cover) {
          record(
            coverageDecider.decide(
              {
                type: 'billing.RegisterCoverage',
                meta: meta(),
                data: {
                  patientId: PATIENT,
                  coverageId: id(0x400),
                  payerId: PAYER,
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
            ),
          );
        }
        ops.forEach((op, n) => {
          try {
            const decided = apply(state, op, n + 1);
            record(decided);
            const tally = decided.length > 0 ? accepted : unchanged;
            tally[op.op] = (tally[op.op] ?? 0) + 1;
          } catch (error) {
            if (!(error instanceof HmsError)) throw error; // a refusal changes nothing; anything else is a bug
            rejected[op.op] = (rejected[op.op] ?? 0) + 1;
          }
        });
        // Every decided event is what its published contract says (the wire and the store validate against it).
        for (const event of events) expect(contracts.get(event.type)?.schema.safeParse(event.data).success).toBe(true);
        const postings = events.flatMap(postingsFor);
        const { debits, credits, balances } = trialBalance(postings);
        expect(debits).toBe(credits);
        if (state.status !== 'open') return;
        for (const invoice of Object.values(state.invoices)) {
          expect(invoiceBalance(postings, invoice.invoiceId)).toBe(invoice.balance.amount);
          expect(invoice.balance.amount).toBeGreaterThanOrEqual(0);
        }
        expect(0 - (balances[`patient-credit:${PATIENT}`] ?? 0)).toBe(state.credit.amount); // credit-normal
        expect(state.credit.amount).toBeGreaterThanOrEqual(0);
        const charges = Object.values(state.charges);
        const drafts = Object.values(state.invoices).filter((i) => i.status === 'draft');
        const unbilled =
          charges.reduce((s, c) => s + c.uninvoiced.amount, 0) + drafts.reduce((s, i) => s + i.total.amount, 0);
        expect(balances[`patient-unbilled:${PATIENT}`] ?? 0).toBe(unbilled);
        expect(balances[`payer-receivable:${PAYER}`] ?? 0).toBe(charges.reduce((s, c) => s + c.payerShare.amount, 0));
        const receivable = Object.values(state.invoices).reduce((s, i) => s + i.balance.amount, 0);
        expect(balances[`patient-receivable:${PATIENT}`] ?? 0).toBe(receivable);
      }),
      { numRuns: RUNS },
    );
  });

  afterAll(() => {
    // The histories must really exercise each kind of step, or the property proves little.
    for (const op of [
      'charge',
      'reverse',
      'correct',
      'deny',
      'invoice',
      'issue',
      'void',
      'creditNote',
      'writeOff',
      'pay',
      'allocate',
      'refund',
    ]) {
      expect(accepted[op] ?? 0).toBeGreaterThan(0);
    }
    process.stdout.write(
      `ledger property: accepted ${JSON.stringify(accepted)}; refused ${JSON.stringify(rejected)}; unchanged ${JSON.stringify(unchanged)}\n`,
    );
  });
});
