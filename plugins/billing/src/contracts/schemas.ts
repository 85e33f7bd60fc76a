import { z } from '@hms/sdk';
import { currencySchema } from '../domain/money/currency';

export { currencySchema };

/** An amount in whole minor units (cents) of an explicit currency: never a float of the major unit. */
export const moneySchema = z.object({
  amount: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  currency: currencySchema,
});
/** An amount above zero: a price, a payment, a refund. */
export const positiveMoneySchema = z.object({
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  currency: currencySchema,
});

/** The hospital's code of a billable service (`CONS-GP`, `BED-ICU`, `PROC-APPX`): letters, digits, `.`, `_`, `-`. */
export const serviceCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" or "-"');

/** What a service is, which also names the revenue account it earns into. */
export const serviceCategorySchema = z.enum([
  'consultation',
  'bed-day',
  'procedure',
  'investigation',
  'stock-item',
  'other',
]);
export type ServiceCategory = z.infer<typeof serviceCategorySchema>;

/** The ward class a bed-day is priced by. */
export const wardClassSchema = z.enum(['general', 'semi-private', 'private', 'intensive-care']);

/** Who a price list is for: patients paying themselves, or one insurer or scheme. */
export const payerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('self-pay') }),
  z.object({ kind: z.literal('insurer'), payerId: z.uuid() }),
]);
export type Payer = z.infer<typeof payerSchema>;

/** How a patient paid (an insurer's remittance is recorded on its claim, not here). */
export const paymentMethodSchema = z.enum(['cash', 'card', 'bank-transfer']);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** A free-text reason kept with a correction, refund, credit note or write-off (no clinical detail belongs here). */
export const reasonSchema = z.string().trim().min(1).max(500);

/** Whole basis points: 2000 = 20 %. */
export const basisPointsSchema = z.number().int().min(0).max(10_000);

/**
 * What a patient's cover pays, in the order the split applies it: the deductible per calendar year first, then a
 * fixed co-pay per charge of a category, then co-insurance (the patient's percentage) of the rest. Services and
 * categories excluded are the patient's in full.
 */
export const coverageTermsSchema = z.object({
  deductiblePerYear: moneySchema,
  copays: z.array(z.object({ category: serviceCategorySchema, amount: moneySchema })).max(10),
  coinsuranceBp: basisPointsSchema,
  excludedServices: z.array(serviceCodeSchema).max(500),
  excludedCategories: z.array(serviceCategorySchema).max(6),
});
export type CoverageTerms = z.infer<typeof coverageTermsSchema>;

/** Where a charge came from: another plugin's event (captured once per event), a cashier, or a correction. */
export const chargeSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), eventId: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('manual'), reason: reasonSchema }),
  z.object({ kind: z.literal('correction'), correctsChargeId: z.uuid(), reason: reasonSchema }),
]);
export type ChargeSource = z.infer<typeof chargeSourceSchema>;

/** How a payment or credit is spread over a patient's open invoices. */
export const allocationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('oldest-first') }),
  z.object({
    kind: z.literal('explicit'),
    invoices: z
      .array(z.object({ invoiceId: z.uuid(), amount: positiveMoneySchema }))
      .min(1)
      .max(100),
  }),
  z.object({ kind: z.literal('hold') }),
]);
export type Allocation = z.infer<typeof allocationSchema>;

/** What an invoice covers: one encounter, or every open charge of a period (a long stay billed monthly). */
export const invoiceScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('encounter'), encounterId: z.uuid() }),
  z.object({ kind: z.literal('period'), from: z.iso.date(), to: z.iso.date() }),
]);
export type InvoiceScope = z.infer<typeof invoiceScopeSchema>;

/** An ICD-10 code (`J18.9`), as a FHIR CodeableConcept. */
export const ICD10_SYSTEM = 'http://hl7.org/fhir/sid/icd-10';
export const icd10ConceptSchema = z.object({
  coding: z
    .array(
      z.object({
        system: z.literal(ICD10_SYSTEM),
        code: z.string().regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/, 'an ICD-10 code'),
      }),
    )
    .min(1)
    .max(3),
});
