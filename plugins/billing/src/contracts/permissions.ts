import { definePermission } from '@hms/sdk';

/**
 * Billing's permissions. The catalogue and price lists carry no patient data; everything on a patient's account
 * (charges, invoices, payments, claims) does, so those handlers audit the patient they touch.
 */
export const CATALOGUE_MANAGE = definePermission(
  'billing:catalogue:manage',
  'Define billable services, price lists, prices and the rules that turn other modules’ events into charges',
);
export const CATALOGUE_READ = definePermission('billing:catalogue:read', 'See billable services and price lists');
export const CHARGE_READ = definePermission(
  'billing:charge:read',
  "See a patient's account: charges, invoices, payments and balance",
  { patientData: true },
);
export const CHARGE_WRITE = definePermission(
  'billing:charge:write',
  'Charge a service by hand, correct or reverse a charge (with a reason), register cover',
  { patientData: true },
);
export const INVOICE_MANAGE = definePermission(
  'billing:invoice:manage',
  'Draft, issue and void invoices, issue credit notes and write off balances',
  { patientData: true },
);
export const PAYMENT_TAKE = definePermission(
  'billing:payment:take',
  'Take payments, record declines, apply credit and refund it (with a reason)',
  { patientData: true },
);
export const CLAIM_MANAGE = definePermission('billing:claim:manage', 'Build, submit and follow insurance claims', {
  patientData: true,
});
export const REPORT_READ = definePermission(
  'billing:report:read',
  "See the ledger's balances and financial figures (totals per account kind: no patient's account)",
);

export const BILLING_PERMISSIONS = [
  CATALOGUE_MANAGE,
  CATALOGUE_READ,
  CHARGE_READ,
  CHARGE_WRITE,
  INVOICE_MANAGE,
  PAYMENT_TAKE,
  CLAIM_MANAGE,
  REPORT_READ,
] as const;
