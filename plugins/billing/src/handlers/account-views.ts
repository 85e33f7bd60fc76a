import type { AccountView, ChargeView, InvoiceView, PaymentView } from '../contracts/queries';
import type { PaymentMethod } from '../contracts/schemas';
import type { AccountState, InvoiceEntry } from '../domain/account/account.state';
import { isIssued } from '../domain/account/account.state';
import { sum, type Money } from '../domain/money/money';

export interface PaymentRow {
  id: string;
  kind: PaymentView['kind'];
  method: PaymentMethod;
  amount: string;
  currency: string;
  provider_reference: string | null;
  reason: string | null;
  at: Date;
}

/** An invoice as answers show it (the fold's entry, with nulls for what it has not yet got). */
export function invoiceView(patientId: string, i: InvoiceEntry): InvoiceView {
  return {
    invoiceId: i.invoiceId,
    patientId,
    status: i.status,
    number: i.number ?? null,
    scope: i.scope,
    issuedOn: i.issuedOn ?? null,
    total: i.total,
    paid: i.paid,
    credited: i.credited,
    writtenOff: i.writtenOff,
    balance: i.balance,
    lines: i.lines.map((l) => ({ chargeId: l.chargeId, category: l.category, amount: l.amount, credited: l.credited })),
  };
}

/** A patient's account from its folded stream, and the payments read model for the money in and out. */
export function accountView(
  patientId: string,
  state: AccountState,
  version: number,
  payments: readonly PaymentRow[],
): AccountView {
  if (state.status !== 'open') {
    return {
      patientId,
      currency: null,
      credit: null,
      owed: null,
      unbilled: null,
      coverages: [],
      charges: [],
      invoices: [],
      payments: [],
      version,
    };
  }
  const charges: ChargeView[] = Object.values(state.charges)
    .sort((a, b) => a.serviceDate.localeCompare(b.serviceDate) || a.chargeId.localeCompare(b.chargeId))
    .map((c) => ({
      chargeId: c.chargeId,
      status: c.status,
      encounterId: c.encounterId,
      serviceCode: c.serviceCode,
      category: c.category,
      serviceDate: c.serviceDate,
      quantity: c.quantity,
      unitPrice: c.unitPrice,
      patientShare: c.patientShare,
      payerShare: c.payerShare,
      uninvoiced: c.uninvoiced,
    }));
  const invoices = Object.values(state.invoices).sort((a, b) => (a.issueOrder ?? 1e9) - (b.issueOrder ?? 1e9));
  const issued = invoices.filter(isIssued);
  const currency = state.currency;
  return {
    patientId,
    currency,
    credit: state.credit,
    owed: sum(
      currency,
      issued.map((i) => i.balance),
    ),
    unbilled: unbilledOf(state),
    coverages: Object.values(state.coverages)
      .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
      .map((c) => ({
        coverageId: c.coverageId,
        payerId: c.payerId,
        policyNumber: c.policyNumber,
        validFrom: c.validFrom,
        validTo: c.validTo ?? null,
        coinsuranceBp: c.terms.coinsuranceBp,
        deductiblePerYear: c.terms.deductiblePerYear,
      })),
    charges,
    invoices: invoices.map((i) => invoiceView(patientId, i)),
    payments: payments.map((p) => ({
      paymentId: p.id,
      kind: p.kind,
      method: p.method,
      amount: { amount: Number(p.amount), currency: p.currency },
      providerReference: p.provider_reference,
      reason: p.reason,
      at: p.at.toISOString(),
    })),
    version,
  };
}

/** The patient's share of posted charges that no issued invoice carries (drafts included: they are not owed yet). */
function unbilledOf(state: Extract<AccountState, { status: 'open' }>): Money {
  const onIssued = new Map<string, number>();
  for (const i of Object.values(state.invoices).filter(isIssued))
    for (const l of i.lines) onIssued.set(l.chargeId, (onIssued.get(l.chargeId) ?? 0) + l.amount.amount);
  const amount = Object.values(state.charges)
    .filter((c) => c.status === 'posted')
    .reduce((s, c) => s + Math.max(0, c.patientShare.amount - (onIssued.get(c.chargeId) ?? 0)), 0);
  return { amount, currency: state.currency };
}
