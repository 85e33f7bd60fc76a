import type { CurrencyCode } from '../money/currency';
import { add, isZero, subtract, zero, type Money } from '../money/money';
import type {
  CreditNoteIssuedEvent,
  InvoiceDraftedEvent,
  InvoiceIssuedEvent,
  InvoiceVoidedEvent,
  InvoiceWrittenOffEvent,
} from './account.events';
import type { ChargeEntry, InvoiceEntry, OpenAccount } from './account.state';

/** How invoice events change a patient's account (part of the account fold). */
export function invoiceDrafted(account: OpenAccount, { data }: InvoiceDraftedEvent): OpenAccount {
  const { invoiceId, scope, lines } = data;
  const nothing = zero(account.currency);
  const charges = adjustUninvoiced(account, lines, (charge, amount) => subtract(charge.uninvoiced, amount));
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

export function invoiceIssued(account: OpenAccount, { data }: InvoiceIssuedEvent): OpenAccount {
  const { invoiceId, number, issuedOn, total } = data;
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

/** A voided invoice hands its lines back to their charges, to be invoiced again. */
export function invoiceVoided(account: OpenAccount, { data }: InvoiceVoidedEvent): OpenAccount {
  const invoice = account.invoices[data.invoiceId];
  if (!invoice) return account;
  const charges = adjustUninvoiced(account, invoice.lines, (charge, amount) =>
    charge.status === 'posted' ? add(charge.uninvoiced, amount) : charge.uninvoiced,
  );
  return withInvoice({ ...account, charges }, invoice.invoiceId, (i) => ({
    ...i,
    status: 'void',
    balance: zero(account.currency),
  }));
}

/** A credit note lowers the balance by what was owed and adds the rest to the patient's credit. */
export function creditNoteIssued(account: OpenAccount, { data }: CreditNoteIssuedEvent): OpenAccount {
  const { invoiceId, lines, total, toReceivable, toCredit } = data;
  const creditedOf = (chargeId: string, before: Money): Money =>
    lines.filter((l) => l.chargeId === chargeId).reduce((s, l) => add(s, l.amount), before);
  const withNote = withInvoice(account, invoiceId, (i) =>
    settle({
      ...i,
      balance: subtract(i.balance, toReceivable),
      credited: add(i.credited, total),
      creditNotes: i.creditNotes + 1,
      lines: i.lines.map((line) => ({ ...line, credited: creditedOf(line.chargeId, line.credited) })),
    }),
  );
  return { ...withNote, credit: add(withNote.credit, toCredit) };
}

export function invoiceWrittenOff(account: OpenAccount, { data }: InvoiceWrittenOffEvent): OpenAccount {
  return withInvoice(account, data.invoiceId, (i) =>
    settle({ ...i, balance: subtract(i.balance, data.amount), writtenOff: add(i.writtenOff, data.amount) }),
  );
}

/** A reversed charge's lines leave every draft (issued invoices keep theirs: a credit note takes them back). */
export function withoutChargeOnDrafts(account: OpenAccount, chargeId: string): OpenAccount {
  const invoices = Object.fromEntries(
    Object.entries(account.invoices).map(([id, invoice]) => {
      if (invoice.status !== 'draft' || !invoice.lines.some((l) => l.chargeId === chargeId)) return [id, invoice];
      const lines = invoice.lines.filter((l) => l.chargeId !== chargeId);
      return [id, { ...invoice, lines, total: totalOf(account.currency, lines) }];
    }),
  );
  return { ...account, invoices };
}

/** What drafts carry of a charge's patient share (still unbilled in the ledger: only issuing bills it). */
export function onDrafts(account: OpenAccount, chargeId: string): Money {
  return totalOf(
    account.currency,
    Object.values(account.invoices)
      .filter((i) => i.status === 'draft')
      .flatMap((i) => i.lines.filter((l) => l.chargeId === chargeId)),
  );
}

export function withInvoice(
  account: OpenAccount,
  invoiceId: string,
  change: (invoice: InvoiceEntry) => InvoiceEntry,
): OpenAccount {
  const invoice = account.invoices[invoiceId];
  return invoice ? { ...account, invoices: { ...account.invoices, [invoiceId]: change(invoice) } } : account;
}

/** Paid once nothing is owed; partly paid once anything reduced the balance. */
export function settle(invoice: InvoiceEntry): InvoiceEntry {
  if (invoice.status === 'void' || invoice.status === 'draft') return invoice;
  const status = isZero(invoice.balance)
    ? 'paid'
    : invoice.balance.amount < invoice.total.amount
      ? 'partly-paid'
      : 'issued';
  return { ...invoice, status };
}

function adjustUninvoiced(
  account: OpenAccount,
  lines: readonly { chargeId: string; amount: Money }[],
  change: (charge: ChargeEntry, amount: Money) => Money,
): OpenAccount['charges'] {
  const charges = { ...account.charges };
  for (const line of lines) {
    const charge = charges[line.chargeId];
    if (charge) charges[line.chargeId] = { ...charge, uninvoiced: change(charge, line.amount) };
  }
  return charges;
}

const totalOf = (currency: CurrencyCode, lines: readonly { amount: Money }[]): Money =>
  lines.reduce((s, l) => add(s, l.amount), zero(currency));
