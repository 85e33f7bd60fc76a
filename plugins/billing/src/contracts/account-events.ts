import { defineEvent, z } from '@hms/sdk';
import {
  chargeSourceSchema,
  coverageTermsSchema,
  invoiceScopeSchema,
  moneySchema,
  paymentMethodSchema,
  serviceCategorySchema,
} from './schemas';

/**
 * A patient's account (`billing.account-<patientId>`): cover, charges, invoices, payments, credit and refunds.
 * One stream per patient, so that allocating a payment over several invoices and holding the rest as credit is
 * decided on one consistent state (two racing payments are serialised by the stream's expected version).
 * These events are also the ledger's source: each maps to balanced postings (`domain/ledger`).
 */
const recorded = { patientId: z.uuid(), at: z.iso.datetime(), by: z.string() };

export const CoverageRegistered = defineEvent(
  'billing.CoverageRegistered',
  z.object({
    ...recorded,
    coverageId: z.uuid(),
    payerId: z.uuid(),
    policyNumber: z.string(),
    validFrom: z.iso.date(),
    validTo: z.iso.date().optional(),
    terms: coverageTermsSchema,
  }),
  { description: "A patient's insurance or scheme cover, with its co-pay, co-insurance, deductible and exclusions" },
);

export const CoverageEnded = defineEvent(
  'billing.CoverageEnded',
  z.object({ ...recorded, coverageId: z.uuid(), endedOn: z.iso.date() }),
  { description: 'A cover ended: charges for services after this date are not split with its payer' },
);

/** How a charge was split: the patient's share is deductible + co-pay + co-insurance (all of it when excluded). */
export const splitSchema = z.object({
  coverageId: z.uuid().optional(),
  payerId: z.uuid().optional(),
  excluded: z.boolean(),
  deductible: moneySchema,
  copay: moneySchema,
  coinsurance: moneySchema,
});

export const ChargePosted = defineEvent(
  'billing.ChargePosted',
  z.object({
    ...recorded,
    chargeId: z.uuid(),
    encounterId: z.uuid(),
    serviceCode: z.string(),
    category: serviceCategorySchema,
    serviceDate: z.iso.date(),
    quantity: z.number().int(),
    priceListId: z.uuid(),
    unitPrice: moneySchema,
    total: moneySchema,
    patientShare: moneySchema,
    payerShare: moneySchema,
    split: splitSchema,
    source: chargeSourceSchema,
  }),
  {
    description:
      'A service was charged at the unit price in force on the service date, split between patient and payer',
  },
);

export const ChargeReversed = defineEvent(
  'billing.ChargeReversed',
  z.object({
    ...recorded,
    chargeId: z.uuid(),
    category: serviceCategorySchema,
    payerId: z.uuid().optional(),
    reason: z.string(),
    cancelledSourceEventId: z.string().optional(),
    /** Billing 1.5: the event that returned part of the source; the rest is charged again with the same event. */
    reducedByEventId: z.string().optional(),
    /** The parts reversed here; what was already on an issued invoice is reversed by the credit note issued with it. */
    patientUnbilled: moneySchema,
    payerShare: moneySchema,
  }),
  { description: 'A charge was taken back: its source was cancelled, or it was corrected or entered in error' },
);

export const PayerShareTransferredToPatient = defineEvent(
  'billing.PayerShareTransferredToPatient',
  z.object({
    ...recorded,
    chargeId: z.uuid(),
    payerId: z.uuid(),
    claimId: z.uuid(),
    amount: moneySchema,
  }),
  { description: "Part of a charge the payer denied or did not pay is now the patient's to pay" },
);

export const PatientShareTransferredToPayer = defineEvent(
  'billing.PatientShareTransferredToPayer',
  z.object({
    ...recorded,
    chargeId: z.uuid(),
    payerId: z.uuid(),
    claimId: z.uuid(),
    amount: moneySchema,
    /**
     * The part taken from what no issued invoice carries yet; the rest (amount − fromUnbilled) is taken back by
     * credit notes on the issued invoices carrying the charge, recorded with this event.
     */
    fromUnbilled: moneySchema,
  }),
  {
    description:
      "After an appeal the payer pays part of a charge that had been billed to the patient: it is the payer's again",
  },
);

const invoiceLine = z.object({ chargeId: z.uuid(), category: serviceCategorySchema, amount: moneySchema });

export const InvoiceDrafted = defineEvent(
  'billing.InvoiceDrafted',
  z.object({
    ...recorded,
    invoiceId: z.uuid(),
    scope: invoiceScopeSchema,
    lines: z.array(invoiceLine),
  }),
  { description: "An invoice was drafted from the patient's open charges in its scope" },
);

export const InvoiceIssued = defineEvent(
  'billing.InvoiceIssued',
  z.object({
    ...recorded,
    invoiceId: z.uuid(),
    number: z.string(),
    issuedOn: z.iso.date(),
    dueOn: z.iso.date(),
    total: moneySchema,
  }),
  {
    description: 'An invoice was issued under the next number of its year; from now on it changes only by credit note',
  },
);

export const InvoiceVoided = defineEvent(
  'billing.InvoiceVoided',
  z.object({
    ...recorded,
    invoiceId: z.uuid(),
    reason: z.string(),
    returnedToUnbilled: moneySchema,
  }),
  { description: 'An invoice was voided before anything was paid on it; its charges can be invoiced again' },
);

export const CreditNoteIssued = defineEvent(
  'billing.CreditNoteIssued',
  z.object({
    ...recorded,
    invoiceId: z.uuid(),
    creditNoteNumber: z.string(),
    reason: z.string(),
    lines: z.array(invoiceLine),
    total: moneySchema,
    toReceivable: moneySchema,
    toCredit: moneySchema,
    /**
     * Set when the credit note moves the lines to this payer (an appeal won what had been billed to the patient):
     * the payer owes it now, revenue is unchanged. Absent: the credit is taken from revenue.
     */
    transferredToPayerId: z.uuid().optional(),
  }),
  { description: 'A credit note reduced an issued invoice; what exceeds its balance becomes patient credit' },
);

export const InvoiceWrittenOff = defineEvent(
  'billing.InvoiceWrittenOff',
  z.object({
    ...recorded,
    invoiceId: z.uuid(),
    amount: moneySchema,
    reason: z.string(),
  }),
  { description: 'An unpaid balance of an invoice was written off as not recoverable' },
);

export const PaymentReceived = defineEvent(
  'billing.PaymentReceived',
  z.object({
    ...recorded,
    paymentId: z.uuid(),
    method: paymentMethodSchema,
    amount: moneySchema,
    providerReference: z.string().optional(),
  }),
  { description: "A payment was received; it is the patient's credit until allocated to invoices" },
);

export const PaymentDeclined = defineEvent(
  'billing.PaymentDeclined',
  z.object({
    ...recorded,
    paymentId: z.uuid(),
    method: paymentMethodSchema,
    amount: moneySchema,
    providerReference: z.string().optional(),
    declineCode: z.string(),
  }),
  { description: 'A card or transfer payment was declined by its provider; nothing was received' },
);

export const CreditAllocated = defineEvent(
  'billing.CreditAllocated',
  z.object({
    ...recorded,
    paymentId: z.uuid().optional(),
    allocations: z.array(z.object({ invoiceId: z.uuid(), amount: moneySchema })),
  }),
  { description: "The patient's credit (a payment, an overpayment, a credit note) was applied to invoices" },
);

export const RefundIssued = defineEvent(
  'billing.RefundIssued',
  z.object({
    ...recorded,
    refundId: z.uuid(),
    method: paymentMethodSchema,
    amount: moneySchema,
    reason: z.string(),
  }),
  { description: "Part of the patient's credit was paid back" },
);

export const ACCOUNT_EVENTS = [
  CoverageRegistered,
  CoverageEnded,
  ChargePosted,
  ChargeReversed,
  PayerShareTransferredToPatient,
  PatientShareTransferredToPayer,
  InvoiceDrafted,
  InvoiceIssued,
  InvoiceVoided,
  CreditNoteIssued,
  InvoiceWrittenOff,
  PaymentReceived,
  PaymentDeclined,
  CreditAllocated,
  RefundIssued,
] as const;
