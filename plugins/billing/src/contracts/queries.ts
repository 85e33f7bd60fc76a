import { defineQuery, ianaTimeZone, SERVER_LOCALES, z } from '@hms/sdk';
import { invoiceScopeSchema, payerSchema, paymentMethodSchema, serviceCategorySchema } from './schemas';
import { claimDiagnosisSchema } from './claim-events';

/** An amount as every answer gives it: whole minor units and the currency. */
export const moneyViewSchema = z.object({ amount: z.number().int(), currency: z.string() });
export type MoneyView = z.infer<typeof moneyViewSchema>;

export const serviceViewSchema = z.object({
  serviceCode: z.string(),
  name: z.string(),
  category: serviceCategorySchema,
  wardClass: z.string().nullable(),
  retired: z.boolean(),
});
export type ServiceView = z.infer<typeof serviceViewSchema>;
export const serviceListSchema = z.object({ services: z.array(serviceViewSchema) });

export const priceViewSchema = z.object({
  serviceCode: z.string(),
  unitPrice: moneyViewSchema,
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type PriceView = z.infer<typeof priceViewSchema>;
export const priceListViewSchema = z.object({
  priceListId: z.uuid(),
  name: z.string(),
  payer: payerSchema,
  currency: z.string(),
  prices: z.array(priceViewSchema),
});
export type PriceListView = z.infer<typeof priceListViewSchema>;
export const priceListListSchema = z.object({ priceLists: z.array(priceListViewSchema) });

export const chargeRuleViewSchema = z.object({ key: z.string(), serviceCode: z.string() });
export type ChargeRuleView = z.infer<typeof chargeRuleViewSchema>;
export const chargeRuleListSchema = z.object({ rules: z.array(chargeRuleViewSchema) });

export const chargeViewSchema = z.object({
  chargeId: z.uuid(),
  status: z.enum(['posted', 'reversed']),
  encounterId: z.uuid(),
  serviceCode: z.string(),
  category: serviceCategorySchema,
  serviceDate: z.string(),
  quantity: z.number().int(),
  unitPrice: moneyViewSchema,
  patientShare: moneyViewSchema,
  payerShare: moneyViewSchema,
  uninvoiced: moneyViewSchema,
});
export type ChargeView = z.infer<typeof chargeViewSchema>;

const invoiceStatusSchema = z.enum(['draft', 'issued', 'partly-paid', 'paid', 'void']);
export const invoiceViewSchema = z.object({
  invoiceId: z.uuid(),
  patientId: z.uuid(),
  status: invoiceStatusSchema,
  number: z.string().nullable(),
  scope: invoiceScopeSchema,
  issuedOn: z.string().nullable(),
  total: moneyViewSchema,
  paid: moneyViewSchema,
  credited: moneyViewSchema,
  writtenOff: moneyViewSchema,
  balance: moneyViewSchema,
  lines: z.array(
    z.object({
      chargeId: z.uuid(),
      category: serviceCategorySchema,
      amount: moneyViewSchema,
      credited: moneyViewSchema,
    }),
  ),
});
export type InvoiceView = z.infer<typeof invoiceViewSchema>;

export const paymentViewSchema = z.object({
  paymentId: z.uuid(),
  kind: z.enum(['payment', 'decline', 'refund']),
  method: paymentMethodSchema,
  amount: moneyViewSchema,
  providerReference: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});
export type PaymentView = z.infer<typeof paymentViewSchema>;

export const coverageViewSchema = z.object({
  coverageId: z.uuid(),
  payerId: z.uuid(),
  policyNumber: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  coinsuranceBp: z.number().int(),
  deductiblePerYear: moneyViewSchema,
});
export type CoverageView = z.infer<typeof coverageViewSchema>;

export const accountViewSchema = z.object({
  patientId: z.uuid(),
  /** Null until the first charge, cover or payment opens the account. */
  currency: z.string().nullable(),
  /** Unapplied money the patient holds with the hospital. */
  credit: moneyViewSchema.nullable(),
  /** What issued invoices still ask for. */
  owed: moneyViewSchema.nullable(),
  /** The patient's share of charges on no issued invoice yet. */
  unbilled: moneyViewSchema.nullable(),
  /** The covers billing splits charges under (registered with the payer's id and terms). */
  coverages: z.array(coverageViewSchema),
  charges: z.array(chargeViewSchema),
  invoices: z.array(invoiceViewSchema),
  payments: z.array(paymentViewSchema),
  version: z.number().int(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const invoiceSummarySchema = z.object({
  invoiceId: z.uuid(),
  patientId: z.uuid(),
  number: z.string().nullable(),
  status: invoiceStatusSchema,
  issuedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  total: moneyViewSchema,
  balance: moneyViewSchema,
});
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>;
export const invoiceListSchema = z.object({ invoices: z.array(invoiceSummarySchema) });

export const trialBalanceSchema = z.object({
  currency: z.string().nullable(),
  debits: z.number().int(),
  credits: z.number().int(),
  accounts: z.array(z.object({ account: z.string(), balance: z.number().int() })),
});
export type TrialBalanceView = z.infer<typeof trialBalanceSchema>;

export const ListServices = defineQuery(
  'billing.ListServices',
  z.object({ includeRetired: z.enum(['true', 'false']).optional() }),
  'The catalogue of billable services',
).returns<{ services: ServiceView[] }>();
export const ListPriceLists = defineQuery(
  'billing.ListPriceLists',
  z.object({}),
  'Price lists (self-pay, each insurer or scheme) with every price and its validity period',
).returns<{ priceLists: PriceListView[] }>();
export const ListChargeRules = defineQuery(
  'billing.ListChargeRules',
  z.object({}),
  'Which service each charge key of another module is charged as',
).returns<{ rules: ChargeRuleView[] }>();
export const GetAccount = defineQuery(
  'billing.GetAccount',
  z.strictObject({ patientId: z.uuid() }),
  "A patient's account: charges, invoices, payments, credit and what is owed",
).returns<AccountView>();
export const ListInvoices = defineQuery(
  'billing.ListInvoices',
  z.object({
    status: z.enum(['draft', 'issued', 'partly-paid', 'paid', 'void', 'open']).optional(),
    patientId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
  "Invoices, newest first ('open': issued or partly paid)",
).returns<{ invoices: InvoiceSummary[] }>();
export const GetInvoicePdf = defineQuery(
  'billing.GetInvoicePdf',
  z.strictObject({ invoiceId: z.uuid(), locale: z.enum(SERVER_LOCALES).default('en') }),
  'An issued invoice as a PDF: the hospital, the patient (name, MRN, date of birth), its lines, totals and payer split',
).returns<{ pdf: Buffer; number: string; patientId: string }>();
export const GetTrialBalance = defineQuery(
  'billing.GetTrialBalance',
  z.object({}),
  "The ledger's balance per account, and total debits and credits (equal when the books balance)",
).returns<TrialBalanceView>();

const claimStatusSchema = z.enum(['draft', 'submitted', 'accepted', 'rejected', 'adjudicated', 'appealed', 'paid']);
export const claimViewSchema = z.object({
  claimId: z.uuid(),
  patientId: z.uuid(),
  payerId: z.uuid(),
  status: claimStatusSchema,
  submission: z.number().int(),
  total: moneyViewSchema,
  benefitTotal: moneyViewSchema,
  paidTotal: moneyViewSchema,
  /** FHIR Claim.item: sequence, productOrService, servicedDate, quantity, unitPrice, net. */
  item: z.array(
    z.object({
      sequence: z.number().int(),
      chargeId: z.uuid(),
      productOrService: z.object({ code: z.string() }),
      servicedDate: z.string(),
      quantity: z.number().int(),
      unitPrice: moneyViewSchema,
      net: moneyViewSchema,
    }),
  ),
  /** FHIR Claim.diagnosis: ICD-10 codes, from the EHR where it is enabled. */
  diagnosis: z.array(claimDiagnosisSchema),
  /** FHIR ClaimResponse.item: the latest decision per line. */
  adjudicated: z.array(
    z.object({
      itemSequence: z.number().int(),
      status: z.enum(['paid', 'partly-paid', 'denied']),
      reasonCode: z.string().nullable(),
      benefit: moneyViewSchema,
      patientResponsibility: moneyViewSchema,
    }),
  ),
});
export type ClaimView = z.infer<typeof claimViewSchema>;
export const claimSummarySchema = z.object({
  claimId: z.uuid(),
  patientId: z.uuid(),
  payerId: z.uuid(),
  status: claimStatusSchema,
  total: moneyViewSchema,
  benefitTotal: moneyViewSchema,
  createdAt: z.string(),
});
export type ClaimSummary = z.infer<typeof claimSummarySchema>;
export const claimListSchema = z.object({ claims: z.array(claimSummarySchema) });

export const ListClaims = defineQuery(
  'billing.ListClaims',
  z.object({
    status: claimStatusSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
  'The claims worklist, oldest first: to submit (draft), rejected, adjudicated (to appeal or await payment)',
).returns<{ claims: ClaimSummary[] }>();
export const GetClaim = defineQuery(
  'billing.GetClaim',
  z.strictObject({ claimId: z.uuid() }),
  'One claim with its lines and the payer’s latest decision on each',
).returns<ClaimView>();

export const GetReceiptPdf = defineQuery(
  'billing.GetReceiptPdf',
  z.strictObject({
    patientId: z.uuid(),
    paymentId: z.uuid(),
    // The reader's language (the route reads Accept-Language) and the hospital's clock for the time received.
    locale: z.enum(SERVER_LOCALES).default('en'),
    timeZone: ianaTimeZone().default('UTC'),
  }),
  'The receipt of a payment or refund as a PDF: the patient, the amount, method and reference, and the invoices it paid',
).returns<{ pdf: Buffer; paymentId: string }>();
