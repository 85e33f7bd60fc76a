import { assertNever, ConflictError, InvariantViolation, type Command, type Decider } from '@hms/sdk';
import type { InvoiceScope } from '../../contracts/schemas';
import {
  CREDIT_EXCEEDS_INVOICE,
  INVOICE_EXISTS,
  INVOICE_HAS_ACTIVITY,
  INVOICE_NOT_DRAFT,
  INVOICE_NOT_ISSUED,
  NOTHING_TO_INVOICE,
  WRITE_OFF_EXCEEDS_BALANCE,
} from '../../errors';
import { assertOneCurrency, recorded, today } from '../account/account.kit';
import type { AccountEvent } from '../account/account.events';
import { accountFold } from '../account/account.fold';
import { invoiceOf, isIssued, type AccountState, type ChargeEntry, type InvoiceEntry } from '../account/account.state';
import { within } from '../dates';
import { compare, isZero, subtract, sum, zero, type Money } from '../money/money';
import { allocate } from '../money/rounding';
import { creditNote } from './credit-note';

export type DraftInvoiceCommand = Command<
  'billing.DraftInvoice',
  { patientId: string; invoiceId: string; scope: InvoiceScope }
>;
/** `number` comes from the year's gap-free invoice sequence, allocated by the handler in the same transaction. */
export type IssueInvoiceCommand = Command<
  'billing.IssueInvoice',
  { patientId: string; invoiceId: string; number: string; dueOn: string }
>;
export type VoidInvoiceCommand = Command<
  'billing.VoidInvoice',
  { patientId: string; invoiceId: string; reason: string }
>;
export type IssueCreditNoteCommand = Command<
  'billing.IssueCreditNote',
  { patientId: string; invoiceId: string; amount: Money; reason: string }
>;
export type WriteOffInvoiceCommand = Command<
  'billing.WriteOffInvoice',
  { patientId: string; invoiceId: string; amount?: Money; reason: string }
>;
export type InvoiceCommand =
  DraftInvoiceCommand | IssueInvoiceCommand | VoidInvoiceCommand | IssueCreditNoteCommand | WriteOffInvoiceCommand;

export function decide(command: InvoiceCommand, state: AccountState): AccountEvent[] {
  assertOneCurrency(state, command.data);
  switch (command.type) {
    case 'billing.DraftInvoice':
      return draft(command, state);
    case 'billing.IssueInvoice':
      return issue(command, state);
    case 'billing.VoidInvoice':
      return voidInvoice(command, state);
    case 'billing.IssueCreditNote':
      return issueCreditNote(command, state);
    case 'billing.WriteOffInvoice':
      return writeOff(command, state);
    default:
      return assertNever(command);
  }
}

/** A draft takes the patient's share of every open charge in scope that no other invoice carries. */
function draft({ data, meta }: DraftInvoiceCommand, state: AccountState): AccountEvent[] {
  if (state.status === 'open' && state.invoices[data.invoiceId])
    throw new ConflictError(INVOICE_EXISTS, { invoiceId: data.invoiceId });
  const charges = state.status === 'open' ? Object.values(state.charges) : [];
  const lines = charges
    .filter((c) => c.status === 'posted' && c.uninvoiced.amount > 0 && inScope(c, data.scope))
    .sort((a, b) => a.serviceDate.localeCompare(b.serviceDate) || a.chargeId.localeCompare(b.chargeId))
    .map((c) => ({ chargeId: c.chargeId, category: c.category, amount: c.uninvoiced }));
  if (lines.length === 0) throw new InvariantViolation(NOTHING_TO_INVOICE, { invoiceId: data.invoiceId });
  return [
    {
      type: 'billing.InvoiceDrafted',
      data: { ...recorded(data.patientId, meta), invoiceId: data.invoiceId, scope: data.scope, lines },
    },
  ];
}

const inScope = (charge: ChargeEntry, scope: InvoiceScope): boolean =>
  scope.kind === 'encounter'
    ? charge.encounterId === scope.encounterId
    : within(charge.serviceDate, scope.from, scope.to);

function issue({ data, meta }: IssueInvoiceCommand, state: AccountState): AccountEvent[] {
  const invoice = invoiceOf(state, data.invoiceId);
  if (invoice.status !== 'draft')
    throw new InvariantViolation(INVOICE_NOT_DRAFT, { invoiceId: invoice.invoiceId, status: invoice.status });
  if (invoice.lines.length === 0) throw new InvariantViolation(NOTHING_TO_INVOICE, { invoiceId: invoice.invoiceId });
  return [
    {
      type: 'billing.InvoiceIssued',
      data: {
        ...recorded(data.patientId, meta),
        invoiceId: invoice.invoiceId,
        number: data.number,
        issuedOn: today(meta),
        dueOn: data.dueOn,
        total: invoice.total,
      },
    },
  ];
}

/** A draft can always be voided; an issued invoice only while nothing was paid, credited or written off on it. */
function voidInvoice({ data, meta }: VoidInvoiceCommand, state: AccountState): AccountEvent[] {
  const invoice = invoiceOf(state, data.invoiceId);
  if (invoice.status === 'void')
    throw new InvariantViolation(INVOICE_NOT_ISSUED, { invoiceId: invoice.invoiceId, status: invoice.status });
  if (invoice.status !== 'draft' && (invoice.status !== 'issued' || compare(invoice.balance, invoice.total) !== 0)) {
    throw new InvariantViolation(INVOICE_HAS_ACTIVITY, { invoiceId: invoice.invoiceId, status: invoice.status });
  }
  const returnedToUnbilled = invoice.status === 'draft' ? zero(invoice.total.currency) : invoice.total;
  return [
    {
      type: 'billing.InvoiceVoided',
      data: {
        ...recorded(data.patientId, meta),
        invoiceId: invoice.invoiceId,
        reason: data.reason,
        returnedToUnbilled,
      },
    },
  ];
}

/** A credit note spreads its amount over the lines still creditable, by largest remainder (see `rounding.ts`). */
function issueCreditNote({ data, meta }: IssueCreditNoteCommand, state: AccountState): AccountEvent[] {
  const invoice = issuedInvoice(state, data.invoiceId);
  const creditable = invoice.lines.map((l) => subtract(l.amount, l.credited));
  const left = sum(invoice.total.currency, creditable);
  if (compare(data.amount, left) > 0)
    throw new InvariantViolation(CREDIT_EXCEEDS_INVOICE, { invoiceId: invoice.invoiceId, creditable: left.amount });
  const shares = allocate(
    data.amount,
    creditable.map((c) => c.amount),
  );
  const lines = invoice.lines
    .map((l, i) => ({ chargeId: l.chargeId, category: l.category, amount: shares[i] ?? zero(l.amount.currency) }))
    .filter((l) => !isZero(l.amount));
  return [creditNote(data.patientId, invoice, lines, data.reason, meta)];
}

function writeOff({ data, meta }: WriteOffInvoiceCommand, state: AccountState): AccountEvent[] {
  const invoice = issuedInvoice(state, data.invoiceId);
  const amount = data.amount ?? invoice.balance;
  if (isZero(invoice.balance) || compare(amount, invoice.balance) > 0) {
    throw new InvariantViolation(WRITE_OFF_EXCEEDS_BALANCE, {
      invoiceId: invoice.invoiceId,
      balance: invoice.balance.amount,
    });
  }
  return [
    {
      type: 'billing.InvoiceWrittenOff',
      data: { ...recorded(data.patientId, meta), invoiceId: invoice.invoiceId, amount, reason: data.reason },
    },
  ];
}

function issuedInvoice(state: AccountState, invoiceId: string): InvoiceEntry {
  const invoice = invoiceOf(state, invoiceId);
  if (!isIssued(invoice)) throw new InvariantViolation(INVOICE_NOT_ISSUED, { invoiceId, status: invoice.status });
  return invoice;
}

export const invoiceDecider: Decider<AccountState, InvoiceCommand, AccountEvent> = { ...accountFold, decide };
