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
/** One stream per charge key: the service it is charged as (the latest rule wins). */
export const chargeRuleStream = (key: string): string => streamId('billing', 'charge-rule', key);
/**
 * One stream per year of invoice numbers: each issued invoice appends one event, so the n-th number is the
 * stream's n-th event, written in the issuing command's transaction or not at all (no gaps, no duplicates).
 */
export const invoiceNumbersStream = (year: number): string => streamId('billing', 'invoice-numbers', String(year));
/** One stream per card payment with the provider: started, sent, settled by the provider's webhooks. */
export const cardPaymentStream = (cardPaymentId: string): string => streamId('billing', 'card-payment', cardPaymentId);
/** One stream per claim's exchanges with the clearinghouse: what was sent, under which submission id. */
export const claimExchangeStream = (claimId: string): string => streamId('billing', 'claim-exchange', claimId);
