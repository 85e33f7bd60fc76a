import { HmsError } from '@hms/sdk';
import fc from 'fast-check';
import { coverArb, decideStep, HISTORY_PAYER, registerCover, stepArb, type Step } from '../../../test/account-history';
import { PATIENT } from '../../../test/builders';
import { ACCOUNT_EVENTS } from '../../contracts/account-events';
import type { AccountEvent } from '../account/account.events';
import { accountFold } from '../account/account.fold';
import type { AccountState, OpenAccount } from '../account/account.state';
import { invoiceBalance, trialBalance } from './ledger';
import { postingsFor } from './postings';

/**
 * After any sequence of charges, reversals, corrections, returns of part of a source, payer denials, invoices,
 * payments (some confirmed twice), allocations, refunds, credit notes, write-offs and voids, the ledger balances and
 * reconciles with the account:
 * each invoice's balance is its slice of the receivable account, and credit, unbilled and payer receivable match.
 */
const RUNS = 400;
const contracts = new Map<string, (typeof ACCOUNT_EVENTS)[number]>(ACCOUNT_EVENTS.map((d) => [d.type, d]));
/** How many steps of each kind changed the account, were refused, or decided nothing (a repeat, no target). */
const tally: Record<'accepted' | 'refused' | 'unchanged', Record<string, number>> = {
  accepted: {},
  refused: {},
  unchanged: {},
};
function count(kind: keyof typeof tally, op: Step['op']): void {
  tally[kind][op] = (tally[kind][op] ?? 0) + 1;
}

/** Plays a history, refusals included (a refused step changes nothing); anything but a refusal is a bug. */
function play(
  cover: Parameters<typeof registerCover>[1] | null,
  steps: Step[],
): { state: AccountState; events: AccountEvent[] } {
  let state: AccountState = accountFold.initialState();
  const events: AccountEvent[] = cover ? registerCover(state, cover) : [];
  state = events.reduce(accountFold.evolve, state);
  steps.forEach((step, n) => {
    try {
      const decided = decideStep(state, step, n + 1);
      count(decided.length > 0 ? 'accepted' : 'unchanged', step.op);
      events.push(...decided);
      state = decided.reduce(accountFold.evolve, state);
    } catch (error) {
      if (!(error instanceof HmsError)) throw error;
      count('refused', step.op);
    }
  });
  return { state, events };
}

function expectReconciled(account: OpenAccount, events: AccountEvent[]): void {
  const postings = events.flatMap(postingsFor);
  const { debits, credits, balances } = trialBalance(postings);
  expect(debits).toBe(credits);
  for (const invoice of Object.values(account.invoices)) {
    expect(invoiceBalance(postings, invoice.invoiceId)).toBe(invoice.balance.amount);
    expect(invoice.balance.amount).toBeGreaterThanOrEqual(0);
  }
  const invoices = Object.values(account.invoices);
  const charges = Object.values(account.charges);
  const drafted = invoices.filter((i) => i.status === 'draft').reduce((s, i) => s + i.total.amount, 0);
  expect(balances[`patient-receivable:${PATIENT}`] ?? 0).toBe(invoices.reduce((s, i) => s + i.balance.amount, 0));
  expect(0 - (balances[`patient-credit:${PATIENT}`] ?? 0)).toBe(account.credit.amount); // credit-normal
  expect(account.credit.amount).toBeGreaterThanOrEqual(0);
  expect(balances[`patient-unbilled:${PATIENT}`] ?? 0).toBe(
    charges.reduce((s, c) => s + c.uninvoiced.amount, 0) + drafted,
  );
  expect(balances[`payer-receivable:${HISTORY_PAYER}`] ?? 0).toBe(charges.reduce((s, c) => s + c.payerShare.amount, 0));
}

describe('the billing ledger (property)', () => {
  it(`balances and reconciles with every invoice, the credit, unbilled and payer accounts (${RUNS} random histories)`, () =>
    fc.assert(
      fc.property(coverArb, fc.array(stepArb, { minLength: 1, maxLength: 40, size: 'max' }), (cover, steps) => {
        const { state, events } = play(cover, steps);
        // Every decided event is what its published contract says (the wire and the store validate against it).
        for (const event of events) expect(contracts.get(event.type)?.schema.safeParse(event.data).success).toBe(true);
        if (state.status === 'open') expectReconciled(state, events);
        else expect(events.flatMap(postingsFor)).toEqual([]);
      }),
      { numRuns: RUNS },
    ));

  afterAll(() => {
    // The histories must really exercise each kind of step, or the property proves little.
    const ops: Step['op'][] = [
      'charge',
      'reverse',
      'correct',
      'return',
      'deny',
      'invoice',
      'issue',
      'void',
      'creditNote',
      'writeOff',
      'pay',
      'allocate',
      'refund',
    ];
    for (const op of ops) expect(tally.accepted[op] ?? 0).toBeGreaterThan(0);
    process.stdout.write(`ledger property: ${JSON.stringify(tally)}\n`);
  });
});
