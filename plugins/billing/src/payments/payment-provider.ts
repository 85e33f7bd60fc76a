import type { Money } from '../domain/money/money';

/** What billing asks the provider to take: ids and the amount only, never the patient's name. */
export interface CardPaymentRequest {
  /** Billing's id of the card payment: the provider must echo it in its webhooks, and treat it as idempotency key. */
  readonly cardPaymentId: string;
  readonly amount: Money;
}

/** A webhook as the provider sent it: the bytes its signature covers, and the headers. */
export interface ProviderWebhook {
  readonly rawBody: Buffer;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** What a genuine webhook says, in billing's words (`billing.RecordProviderEvent`'s data). */
export interface ProviderEvent {
  readonly eventId: string;
  readonly cardPaymentId: string;
  /** The attempt's (the charge's) reference: recorded once on the payment or the decline. */
  readonly providerReference: string;
  readonly outcome: 'pending' | 'succeeded' | 'declined';
  /** As the provider wrote it: the command's schema checks the currency and the whole minor units. */
  readonly amount: { readonly amount: number; readonly currency: string };
  readonly declineCode?: string;
}

/**
 * A card payment provider (a terminal network, a card acquirer, a mobile-money aggregator), plugged in with
 * `billingPlugin.configure({ paymentProvider })`, like scheduling's reminder transport.
 *
 * - `start` is called by the `billing.send-card-payments` job, outside any transaction, and may be called again
 *   for the same card payment (a job retried): it must answer the same `providerPaymentId` then, not charge twice.
 * - `readWebhook` authenticates a webhook (an HMAC over the raw body with the shared secret the provider was
 *   configured with) and translates it; it answers `undefined` for anything not genuine, and the kernel answers 401.
 *   It must not throw on garbage: a malformed genuine body is a `ValidationError` at the command's schema.
 */
export interface PaymentProvider {
  /** Recorded on each card payment sent (`CardPaymentSent.provider`), e.g. `'test'`. */
  readonly name: string;
  start(request: CardPaymentRequest): Promise<{ providerPaymentId: string }>;
  readWebhook(webhook: ProviderWebhook): ProviderEvent | undefined;
}
