import type { ChargeSource, CoverageTerms, ServiceCategory } from '../src/contracts/schemas';
import type { AccountEvent } from '../src/domain/account/account.events';
import { CHARGE, COVERAGE, ENCOUNTER, INVOICE, kes, onAccount, PAYER, PAYMENT, PRICE_LIST, TODAY } from './builders';

/** Account events as facts for `given`, with demo defaults (amounts in KES minor units). */
export const coverageRegistered = (terms: Partial<CoverageTerms> = {}): AccountEvent => ({
  type: 'billing.CoverageRegistered',
  data: {
    ...onAccount,
    coverageId: COVERAGE,
    payerId: PAYER,
    policyNumber: 'DEMO-POLICY-1',
    validFrom: '2026-01-01',
    terms: {
      deductiblePerYear: kes(0),
      copays: [],
      coinsuranceBp: 0,
      excludedServices: [],
      excludedCategories: [],
      ...terms,
    },
  },
});

export interface ChargeFacts {
  chargeId?: string;
  encounterId?: string;
  category?: ServiceCategory;
  unitPrice?: number;
  quantity?: number;
  patientShare?: number;
  payerShare?: number;
  eventId?: string;
  serviceDate?: string;
  /** Of the patient's share, what counted toward the deductible (the rest is co-insurance). */
  deductible?: number;
  source?: ChargeSource;
}
/** A charge; self-pay unless a payer share is given (then split under the demo cover). */
export function chargePosted(facts: ChargeFacts = {}): AccountEvent {
  const unitPrice = facts.unitPrice ?? 5_000;
  const quantity = facts.quantity ?? 1;
  const total = unitPrice * quantity;
  const payerShare = facts.payerShare ?? 0;
  const patientShare = facts.patientShare ?? total - payerShare;
  const covered = payerShare > 0 || facts.patientShare !== undefined;
  const deductible = facts.deductible ?? 0;
  return {
    type: 'billing.ChargePosted',
    data: {
      ...onAccount,
      chargeId: facts.chargeId ?? CHARGE,
      encounterId: facts.encounterId ?? ENCOUNTER,
      serviceCode: 'CONS-GP',
      category: facts.category ?? 'consultation',
      serviceDate: facts.serviceDate ?? TODAY,
      quantity,
      priceListId: PRICE_LIST,
      unitPrice: kes(unitPrice),
      total: kes(total),
      patientShare: kes(patientShare),
      payerShare: kes(payerShare),
      split: covered
        ? {
            coverageId: COVERAGE,
            payerId: PAYER,
            excluded: false,
            deductible: kes(deductible),
            copay: kes(0),
            coinsurance: kes(patientShare - deductible),
          }
        : { excluded: false, deductible: kes(0), copay: kes(0), coinsurance: kes(0) },
      source: facts.source ?? { kind: 'event', eventId: facts.eventId ?? `evt-${facts.chargeId ?? CHARGE}` },
    },
  };
}

export const invoiceDrafted = (
  lines: { chargeId?: string; amount: number; category?: ServiceCategory }[],
  invoiceId = INVOICE,
): AccountEvent => ({
  type: 'billing.InvoiceDrafted',
  data: {
    ...onAccount,
    invoiceId,
    scope: { kind: 'encounter', encounterId: ENCOUNTER },
    lines: lines.map((l) => ({
      chargeId: l.chargeId ?? CHARGE,
      category: l.category ?? 'consultation',
      amount: kes(l.amount),
    })),
  },
});

export const invoiceIssued = (total: number, invoiceId = INVOICE, number = 'INV-2026-000001'): AccountEvent => ({
  type: 'billing.InvoiceIssued',
  data: { ...onAccount, invoiceId, number, issuedOn: TODAY, dueOn: '2026-03-31', total: kes(total) },
});

export const paymentReceived = (amount: number, paymentId = PAYMENT, providerReference?: string): AccountEvent => ({
  type: 'billing.PaymentReceived',
  data: {
    ...onAccount,
    paymentId,
    method: 'card',
    amount: kes(amount),
    ...(providerReference ? { providerReference } : {}),
  },
});

export const creditAllocated = (
  allocations: { invoiceId?: string; amount: number }[],
  paymentId?: string,
): AccountEvent => ({
  type: 'billing.CreditAllocated',
  data: {
    ...onAccount,
    ...(paymentId ? { paymentId } : {}),
    allocations: allocations.map((a) => ({ invoiceId: a.invoiceId ?? INVOICE, amount: kes(a.amount) })),
  },
});
