import type { Clearinghouse } from './insurance/clearinghouse';
import type { EligibilityCheck } from './insurance/eligibility';
import type { PaymentProvider } from './payments/payment-provider';

/**
 * What a hospital may configure: `billingPlugin.configure({ paymentProvider })`. Its own file so the job and the
 * webhook route that read it need not import the manifest that lists them.
 */
export interface BillingPluginOptions {
  /**
   * Where card payments go. None by default: started card payments then wait, and every call of the provider's
   * webhook is refused with 401.
   */
  readonly paymentProvider?: PaymentProvider;
  /** Asked when a cover is registered and a claim drafted (none by default: nothing is checked). */
  readonly eligibilityCheck?: EligibilityCheck;
  /** Where submitted claims go and their answers come from (none by default: the clerk records the answers). */
  readonly clearinghouse?: Clearinghouse;
  /** The hospital's name at the head of every invoice and receipt (default "Hospital"). */
  readonly hospitalName?: string;
  /** Its address (one line, e.g. "Ngong Road, Nairobi"), printed after the name when given. */
  readonly hospitalAddress?: string;
  /**
   * The hospital's time zone (IANA, e.g. "Africa/Nairobi"; default "UTC"): bed-days are charged per midnight on
   * this clock, and dated by its calendar. An unknown zone stops the bed-day capture (retried) until it is fixed.
   */
  readonly timeZone?: string;
}
