import { assertNever, type SnapshotPolicy } from '@hms/sdk';
import { deductibleYear } from '../coverage/payer-split';
import { defined } from '../dates';
import type { CurrencyCode } from '../money/currency';
import { add, isZero, subtract, zero, type Money } from '../money/money';
import type { AccountEvent, ChargeReversedEvent, CreditAllocatedEvent, CreditNoteIssuedEvent } from './account.events';
import { initialState, type AccountState, type InvoiceEntry, type OpenAccount } from './account.state';

/**
 * The one fold of a patient's account, shared by the charge, invoice and payment deciders (like the EHR's chart
 * fold) so they cannot drift. `evolve` never throws: it only folds facts the deciders already checked.
 */
export function evolve(state: AccountState, event: AccountEvent): AccountState {
  const account = state.status === 'open' ? state : openedBy(event);
  if (!account) return state;
  switch (event.type) {
    case 'billing.CoverageRegistered': {
      const { coverageId, payerId, validFrom, validTo, terms } = event.data;
      return {
        ...account,
        coverages: { ...account.coverages, [coverageId]: defined({ coverageId, payerId, validFrom, validTo, terms }) },
      };
    }
    case 'billing.CoverageEnded': {
      const coverage = account.coverages[event.data.coverageId];
      if (!coverage) return account;
      return {
        ...account,
        coverages: { ...account.coverages, [coverage.coverageId]: { ...coverage, validTo: event.data.endedOn } },
      };
    }
    case 'billing.ChargePosted': {
      const d = event.data;
      const key = d.split.coverageId ? `${d.split.coverageId}/${deductibleYear(d.serviceDate)}` : undefined;
      const charge = defined({
        chargeId: d.chargeId,
        status: 'posted' as const,
        encounterId: d.encounterId,
        serviceCode: d.serviceCode,
        category: d.category,
        serviceDate: d.serviceDate,
        quantity: d.quantity,
        priceListId: d.priceListId,
        unitPrice: d.unitPrice,
        payerId: d.split.payerId,
        coverageId: d.split.coverageId,
        patientShare: d.patientShare,
        payerShare: d.payerShare,
        uninvoiced: d.patientShare,
        deductible: d.split.deductible,
      });
      return {
        ...account,
        charges: { ...account.charges, [d.chargeId]: charge },
        chargedSources:
          d.source.kind === 'event'
            ? { ...account.chargedSources, [d.source.eventId]: d.chargeId }
            : account.chargedSources,
        deductibleUsed: key
          ? {
              ...account.deductibleUsed,
              [key]: add(account.deductibleUsed[key] ?? zero(account.currency), d.split.deductible),
            }
          : account.deductibleUsed,
      };
    }
    case 'billing.ChargeReversed':
      return chargeReversed(account, event);
    case 'billing.PayerShareTransferredToPatient': {
      const charge = account.charges[event.data.chargeId];
      if (!charge) return account;
      const { amount } = event.data;
      const moved = {
        ...charge,
        payerShare: subtract(charge.payerShare, amount),
        patientShare: add(charge.patientShare, amount),
        uninvoiced: add(charge.uninvoiced, amount),
      };
      return { ...account, charges: { ...account.charges, [charge.chargeId]: moved } };
    }
    case 'billing.InvoiceDrafted': {
      const { invoiceId, scope, lines } = event.data;
      const charges = { ...account.charges };
      for (const line of lines) {
        const charge = charges[line.chargeId];
        if (charge) charges[line.chargeId] = { ...charge, uninvoiced: subtract(charge.uninvoiced, line.amount) };
      }
      const nothing = zero(account.currency);
      const invoice: InvoiceEntry = {
        invoiceId,
        status: 'draft',
        scope,
        lines: lines.map((l) => ({ ...l, credited: nothing })),
        total: totalOf(account.currency, lines),
        balance: nothing,
        paid: nothing,
        credited: nothing,
        writtenOff: nothing,
        creditNotes: 0,
      };
      return { ...account, charges, invoices: { ...account.invoices, [invoiceId]: invoice } };
    }
    case 'billing.InvoiceIssued': {
      const { invoiceId, number, issuedOn, total } = event.data;
      const issueOrder = account.issuedCount + 1;
      return withInvoice({ ...account, issuedCount: issueOrder }, invoiceId, (i) => ({
        ...i,
        status: 'issued',
        number,
        issuedOn,
        total,
        balance: total,
        issueOrder,
      }));
    }
    case 'billing.InvoiceVoided': {
      const invoice = account.invoices[event.data.invoiceId];
      if (!invoice) return account;
      const charges = { ...account.charges };
      for (const line of invoice.lines) {
        const charge = charges[line.chargeId];
        if (charge?.status === 'posted')
          charges[line.chargeId] = { ...charge, uninvoiced: add(charge.uninvoiced, line.amount) };
      }
      return withInvoice({ ...account, charges }, invoice.invoiceId, (i) => ({
        ...i,
        status: 'void',
        balance: zero(account.currency),
      }));
    }
    case 'billing.CreditNoteIssued':
      return creditNoteIssued(account, event);
    case 'billing.InvoiceWrittenOff': {
      const { amount } = event.data;
      return withInvoice(account, event.data.invoiceId, (i) =>
        settle({ ...i, balance: subtract(i.balance, amount), writtenOff: add(i.writtenOff, amount) }),
      );
    }
    case 'billing.PaymentReceived': {
      const { paymentId, providerReference, amount } = event.data;
      return {
        ...account,
        credit: add(account.credit, amount),
        payments: { ...account.payments, [paymentId]: 'received' },
        providerReferences: providerReference
          ? { ...account.providerReferences, [providerReference]: 'received' }
          : account.providerReferences,
      };
    }
    case 'billing.PaymentDeclined': {
      const { paymentId, providerReference } = event.data;
      return {
        ...account,
        payments: { ...account.payments, [paymentId]: 'declined' },
        providerReferences: providerReference
          ? { ...account.providerReferences, [providerReference]: 'declined' }
          : account.providerReferences,
      };
    }
    case 'billing.CreditAllocated':
      return creditAllocated(account, event);
    case 'billing.RefundIssued':
      return {
        ...account,
        credit: subtract(account.credit, event.data.amount),
        refunds: { ...account.refunds, [event.data.refundId]: true },
      };
    default:
      return assertNever(event);
  }
}

/** A cover, a charge or a payment opens the account, in the currency of its amount. */
function openedBy(event: AccountEvent): OpenAccount | undefined {
  const currency = openingCurrency(event);
  if (!currency) return undefined;
  return {
    status: 'open',
    patientId: event.data.patientId,
    currency,
    coverages: {},
    charges: {},
    invoices: {},
    credit: zero(currency),
    chargedSources: {},
    providerReferences: {},
    payments: {},
    refunds: {},
    deductibleUsed: {},
    issuedCount: 0,
  };
}

function openingCurrency(event: AccountEvent): CurrencyCode | undefined {
  switch (event.type) {
    case 'billing.CoverageRegistered':
      return event.data.terms.deductiblePerYear.currency;
    case 'billing.ChargePosted':
      return event.data.total.currency;
    case 'billing.PaymentReceived':
    case 'billing.PaymentDeclined':
      return event.data.amount.currency;
    default:
      return undefined; // every other event needs a charge, cover or payment before it
  }
}

function chargeReversed(account: OpenAccount, event: ChargeReversedEvent): OpenAccount {
  const charge = account.charges[event.data.chargeId];
  if (!charge) return account;
  const nothing = zero(account.currency);
  // A reversed charge leaves every draft it was on; issued invoices keep their lines (a credit note takes them back).
  const invoices = Object.fromEntries(
    Object.entries(account.invoices).map(([id, invoice]) => {
      if (invoice.status !== 'draft' || !invoice.lines.some((l) => l.chargeId === charge.chargeId))
        return [id, invoice];
      const lines = invoice.lines.filter((l) => l.chargeId !== charge.chargeId);
      return [id, { ...invoice, lines, total: totalOf(account.currency, lines) }];
    }),
  );
  const key = charge.coverageId ? `${charge.coverageId}/${deductibleYear(charge.serviceDate)}` : undefined;
  const used = key ? account.deductibleUsed[key] : undefined;
  return {
    ...account,
    invoices,
    charges: {
      ...account.charges,
      [charge.chargeId]: { ...charge, status: 'reversed', uninvoiced: nothing, payerShare: nothing },
    },
    deductibleUsed:
      key && used ? { ...account.deductibleUsed, [key]: subtract(used, charge.deductible) } : account.deductibleUsed,
  };
}

function creditNoteIssued(account: OpenAccount, event: CreditNoteIssuedEvent): OpenAccount {
  const { invoiceId, lines, total, toReceivable, toCredit } = event.data;
  const withNote = withInvoice(account, invoiceId, (i) =>
    settle({
      ...i,
      balance: subtract(i.balance, toReceivable),
      credited: add(i.credited, total),
      creditNotes: i.creditNotes + 1,
      lines: i.lines.map((line) => {
        const credited = lines
          .filter((l) => l.chargeId === line.chargeId)
          .reduce((s, l) => add(s, l.amount), line.credited);
        return { ...line, credited };
      }),
    }),
  );
  return { ...withNote, credit: add(withNote.credit, toCredit) };
}

function creditAllocated(account: OpenAccount, event: CreditAllocatedEvent): OpenAccount {
  let next = account;
  for (const { invoiceId, amount } of event.data.allocations) {
    next = withInvoice(next, invoiceId, (i) =>
      settle({ ...i, balance: subtract(i.balance, amount), paid: add(i.paid, amount) }),
    );
    next = { ...next, credit: subtract(next.credit, amount) };
  }
  return next;
}

function withInvoice(
  account: OpenAccount,
  invoiceId: string,
  change: (invoice: InvoiceEntry) => InvoiceEntry,
): OpenAccount {
  const invoice = account.invoices[invoiceId];
  return invoice ? { ...account, invoices: { ...account.invoices, [invoiceId]: change(invoice) } } : account;
}

/** Paid once nothing is owed; partly paid once anything reduced the balance. */
function settle(invoice: InvoiceEntry): InvoiceEntry {
  if (invoice.status === 'void' || invoice.status === 'draft') return invoice;
  return {
    ...invoice,
    status: isZero(invoice.balance) ? 'paid' : invoice.balance.amount < invoice.total.amount ? 'partly-paid' : 'issued',
  };
}

const totalOf = (currency: CurrencyCode, lines: readonly { amount: Money }[]): Money =>
  lines.reduce((s, l) => add(s, l.amount), zero(currency));

/** The account fold every account decider shares; snapshots keep long-lived accounts quick to load. */
export const accountFold = {
  initialState,
  evolve,
  snapshot: { key: 'billing.account/1', every: 100 } satisfies SnapshotPolicy,
};
