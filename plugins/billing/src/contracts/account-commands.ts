import { defineCommand, z } from '@hms/sdk';
import type { MoneyView } from './queries';
import {
  allocationSchema,
  chargeSourceSchema,
  coverageTermsSchema,
  invoiceScopeSchema,
  paymentMethodSchema,
  positiveMoneySchema,
  reasonSchema,
  serviceCodeSchema,
} from './schemas';

/**
 * What callers send. The decider's commands (in `domain/`) add what the handler resolves first: new ids, the
 * price in force, the invoice number from the year's gap-free counter.
 */

const quantity = z.number().int().positive().max(100_000);

// A patient's account: cover, charges, invoices, payments, credit and refunds.
export const RegisterCoverage = defineCommand(
  'billing.RegisterCoverage',
  z.strictObject({
    patientId: z.uuid(),
    payerId: z.uuid(),
    policyNumber: z.string().trim().min(1).max(60),
    validFrom: z.iso.date(),
    validTo: z.iso.date().optional(),
    terms: coverageTermsSchema,
  }),
  "Register a patient's insurance or scheme cover",
).returns<{ coverageId: string }>();
export const EndCoverage = defineCommand(
  'billing.EndCoverage',
  z.strictObject({ patientId: z.uuid(), coverageId: z.uuid(), endedOn: z.iso.date() }),
  "End a patient's cover",
).returns<{ coverageId: string }>();
export const PostCharge = defineCommand(
  'billing.PostCharge',
  z.strictObject({
    patientId: z.uuid(),
    encounterId: z.uuid(),
    serviceCode: serviceCodeSchema,
    serviceDate: z.iso.date(),
    quantity,
    source: chargeSourceSchema,
  }),
  { description: 'Charge a service at the price in force on the service date', offline: true },
).returns<{ chargeId: string | null }>();
export const ReverseCharge = defineCommand(
  'billing.ReverseCharge',
  z.strictObject({
    patientId: z.uuid(),
    by: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('source-cancelled'),
        sourceEventId: z.string().min(1).max(200),
        cancelledByEventId: z.string().min(1).max(200),
      }),
      /** Part of the source came back (medication returned unused): the charge keeps only what was not returned. */
      z.object({
        kind: z.literal('source-reduced'),
        sourceEventId: z.string().min(1).max(200),
        reducedByEventId: z.string().min(1).max(200),
        quantity: z.number().int().positive().max(100_000),
      }),
      z.object({ kind: z.literal('manual'), chargeId: z.uuid(), reason: reasonSchema }),
    ]),
  }),
  'Take back a charge whose source was cancelled, or one entered in error',
).returns<{ reversed: string[] }>();
export const CorrectCharge = defineCommand(
  'billing.CorrectCharge',
  z.strictObject({
    patientId: z.uuid(),
    chargeId: z.uuid(),
    quantity: quantity.optional(),
    unitPrice: positiveMoneySchema.optional(),
    reason: reasonSchema,
  }),
  'Replace a charge by a corrected one (the original is reversed, by credit note if it was invoiced)',
).returns<{ chargeId: string }>();
export const DraftInvoice = defineCommand(
  'billing.DraftInvoice',
  z.strictObject({ patientId: z.uuid(), scope: invoiceScopeSchema }),
  "Draft an invoice of the patient's open charges for an encounter or a period",
).returns<{ invoiceId: string; total: MoneyView }>();
export const IssueInvoice = defineCommand(
  'billing.IssueInvoice',
  z.strictObject({ patientId: z.uuid(), invoiceId: z.uuid(), dueOn: z.iso.date() }),
  'Issue a drafted invoice under the next number of the year',
).returns<{ invoiceId: string; number: string; total: MoneyView }>();
export const VoidInvoice = defineCommand(
  'billing.VoidInvoice',
  z.strictObject({ patientId: z.uuid(), invoiceId: z.uuid(), reason: reasonSchema }),
  'Void an invoice nothing was paid or credited on',
).returns<{ invoiceId: string; status: string }>();
export const IssueCreditNote = defineCommand(
  'billing.IssueCreditNote',
  z.strictObject({
    patientId: z.uuid(),
    invoiceId: z.uuid(),
    amount: positiveMoneySchema,
    reason: reasonSchema,
  }),
  'Credit part or all of an issued invoice',
).returns<{ invoiceId: string; creditNoteNumber: string; toCredit: MoneyView }>();
export const WriteOffInvoice = defineCommand(
  'billing.WriteOffInvoice',
  z.strictObject({
    patientId: z.uuid(),
    invoiceId: z.uuid(),
    amount: positiveMoneySchema.optional(),
    reason: reasonSchema,
  }),
  "Write off an invoice's unpaid balance (all of it unless an amount is given)",
).returns<{ invoiceId: string; balance: MoneyView }>();
export const ReceivePayment = defineCommand(
  'billing.ReceivePayment',
  z.strictObject({
    patientId: z.uuid(),
    method: paymentMethodSchema,
    amount: positiveMoneySchema,
    providerReference: z.string().trim().min(1).max(120).optional(),
    allocation: allocationSchema.default({ kind: 'oldest-first' }),
  }),
  'Record a payment (a provider confirmation is recorded once per provider reference) and allocate it',
).returns<{
  paymentId: string | null;
  recorded: boolean;
  allocations: { invoiceId: string; amount: MoneyView }[];
  credit: MoneyView;
}>();
export const DeclinePayment = defineCommand(
  'billing.DeclinePayment',
  z.strictObject({
    patientId: z.uuid(),
    method: paymentMethodSchema,
    amount: positiveMoneySchema,
    providerReference: z.string().trim().min(1).max(120),
    declineCode: z.string().trim().min(1).max(60),
  }),
  "Record a provider's decline of a payment",
).returns<{ paymentId: string | null }>();
export const AllocateCredit = defineCommand(
  'billing.AllocateCredit',
  z.strictObject({ patientId: z.uuid(), allocation: allocationSchema }),
  "Apply the patient's credit to open invoices",
).returns<{ allocations: { invoiceId: string; amount: MoneyView }[]; credit: MoneyView }>();
export const RefundCredit = defineCommand(
  'billing.RefundCredit',
  z.strictObject({
    patientId: z.uuid(),
    method: paymentMethodSchema,
    amount: positiveMoneySchema,
    reason: reasonSchema,
  }),
  "Pay back part of the patient's credit",
).returns<{ refundId: string; credit: MoneyView }>();
