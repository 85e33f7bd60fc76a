import { streamId } from '@hms/sdk';

/**
 * One stream per patient account: cover, charges, invoices, payments, credit and refunds. Allocating a payment
 * over several invoices and keeping the rest as credit needs all of them in one consistent state, so two payments
 * for one patient race on this stream (one wins, the other is decided again on the new state).
 */
export const accountStream = (patientId: string): string => streamId('billing', 'account', patientId);
/** One stream per claim: its lifecycle with the payer, independent of the patient's own payments. */
export const claimStream = (claimId: string): string => streamId('billing', 'claim', claimId);
/** One stream per price list (self-pay, or one insurer or scheme). */
export const priceListStream = (priceListId: string): string => streamId('billing', 'price-list', priceListId);
/** One stream per billable service of the catalogue, by its code (so a code is defined once). */
export const serviceStream = (serviceCode: string): string => streamId('billing', 'service', serviceCode);
