import { defineQuery, z } from '@hms/sdk';
import type { InvoiceScope, Payer, PaymentMethod, ServiceCategory } from './schemas';

/** An amount as every answer gives it: whole minor units and the currency. */
export interface MoneyView {
  readonly amount: number;
  readonly currency: string;
}

export interface ServiceView {
  readonly serviceCode: string;
  readonly name: string;
  readonly category: ServiceCategory;
  readonly wardClass: string | null;
  readonly retired: boolean;
}
export interface PriceView {
  readonly serviceCode: string;
  readonly unitPrice: MoneyView;
  readonly validFrom: string;
  readonly validTo: string | null;
}
export interface PriceListView {
  readonly priceListId: string;
  readonly name: string;
  readonly payer: Payer;
  readonly currency: string;
  readonly prices: readonly PriceView[];
}
export interface ChargeRuleView {
  readonly key: string;
  readonly serviceCode: string;
}

export interface ChargeView {
  readonly chargeId: string;
  readonly status: 'posted' | 'reversed';
  readonly encounterId: string;
  readonly serviceCode: string;
  readonly category: ServiceCategory;
  readonly serviceDate: string;
  readonly quantity: number;
  readonly unitPrice: MoneyView;
  readonly patientShare: MoneyView;
  readonly payerShare: MoneyView;
  readonly uninvoiced: MoneyView;
}
export interface InvoiceView {
  readonly invoiceId: string;
  readonly patientId: string;
  readonly status: 'draft' | 'issued' | 'partly-paid' | 'paid' | 'void';
  readonly number: string | null;
  readonly scope: InvoiceScope;
  readonly issuedOn: string | null;
  readonly total: MoneyView;
  readonly paid: MoneyView;
  readonly credited: MoneyView;
  readonly writtenOff: MoneyView;
  readonly balance: MoneyView;
  readonly lines: readonly { chargeId: string; category: ServiceCategory; amount: MoneyView; credited: MoneyView }[];
}
export interface PaymentView {
  readonly paymentId: string;
  readonly kind: 'payment' | 'decline' | 'refund';
  readonly method: PaymentMethod;
  readonly amount: MoneyView;
  readonly providerReference: string | null;
  readonly reason: string | null;
  readonly at: string;
}
export interface AccountView {
  readonly patientId: string;
  /** Null until the first charge, cover or payment opens the account. */
  readonly currency: string | null;
  /** Unapplied money the patient holds with the hospital. */
  readonly credit: MoneyView | null;
  /** What issued invoices still ask for. */
  readonly owed: MoneyView | null;
  /** The patient's share of charges on no issued invoice yet. */
  readonly unbilled: MoneyView | null;
  readonly charges: readonly ChargeView[];
  readonly invoices: readonly InvoiceView[];
  readonly payments: readonly PaymentView[];
  readonly version: number;
}
export interface InvoiceSummary {
  readonly invoiceId: string;
  readonly patientId: string;
  readonly number: string | null;
  readonly status: InvoiceView['status'];
  readonly issuedOn: string | null;
  readonly dueOn: string | null;
  readonly total: MoneyView;
  readonly balance: MoneyView;
}
export interface TrialBalanceView {
  readonly currency: string | null;
  readonly debits: number;
  readonly credits: number;
  readonly accounts: readonly { account: string; balance: number }[];
}

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
  z.strictObject({ invoiceId: z.uuid() }),
  'An issued invoice as a PDF: the hospital, the patient (name, MRN, date of birth), its lines, totals and payer split',
).returns<{ pdf: Buffer; number: string; patientId: string }>();
export const GetTrialBalance = defineQuery(
  'billing.GetTrialBalance',
  z.object({}),
  "The ledger's balance per account, and total debits and credits (equal when the books balance)",
).returns<TrialBalanceView>();

export interface ClaimView {
  readonly claimId: string;
  readonly patientId: string;
  readonly payerId: string;
  readonly status: 'draft' | 'submitted' | 'accepted' | 'rejected' | 'adjudicated' | 'appealed' | 'paid';
  readonly submission: number;
  readonly total: MoneyView;
  readonly benefitTotal: MoneyView;
  readonly paidTotal: MoneyView;
  /** FHIR Claim.item: sequence, productOrService, servicedDate, quantity, unitPrice, net. */
  readonly item: readonly {
    sequence: number;
    chargeId: string;
    productOrService: { code: string };
    servicedDate: string;
    quantity: number;
    unitPrice: MoneyView;
    net: MoneyView;
  }[];
  /** FHIR ClaimResponse.item, the latest decision per line. */
  readonly adjudicated: readonly {
    itemSequence: number;
    status: 'paid' | 'partly-paid' | 'denied';
    reasonCode: string | null;
    benefit: MoneyView;
    patientResponsibility: MoneyView;
  }[];
}
export interface ClaimSummary {
  readonly claimId: string;
  readonly patientId: string;
  readonly payerId: string;
  readonly status: ClaimView['status'];
  readonly total: MoneyView;
  readonly benefitTotal: MoneyView;
  readonly createdAt: string;
}

export const ListClaims = defineQuery(
  'billing.ListClaims',
  z.object({
    status: z.enum(['draft', 'submitted', 'accepted', 'rejected', 'adjudicated', 'appealed', 'paid']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
  'The claims worklist, oldest first: to submit (draft), rejected, adjudicated (to appeal or await payment)',
).returns<{ claims: ClaimSummary[] }>();
export const GetClaim = defineQuery(
  'billing.GetClaim',
  z.strictObject({ claimId: z.uuid() }),
  'One claim with its lines and the payer’s latest decision on each',
).returns<ClaimView>();
