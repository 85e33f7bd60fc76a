import { defineCommand, defineEvent, z } from '@hms/sdk';
import { moneySchema, positiveMoneySchema } from './schemas';

/**
 * Card payments through the hospital's payment provider (`billingPlugin.configure({ paymentProvider })`): the
 * cashier starts one, a job sends it to the provider, and the provider's webhook confirms or declines it later.
 * One stream per card payment (`billing.card-payment-<id>`); the money itself is recorded on the patient's account
 * as `billing.PaymentReceived` / `billing.PaymentDeclined` with the provider's reference.
 */

export const StartCardPayment = defineCommand(
  'billing.StartCardPayment',
  z.strictObject({ patientId: z.uuid(), amount: positiveMoneySchema }),
  'Start a card payment with the payment provider; the provider confirms or declines it later',
).returns<{ cardPaymentId: string }>();

export const MarkCardPaymentSent = defineCommand(
  'billing.MarkCardPaymentSent',
  z.strictObject({
    cardPaymentId: z.uuid(),
    provider: z.string().min(1).max(60),
    providerPaymentId: z.string().trim().min(1).max(120),
  }),
  'Record that the payment provider took a started card payment (the job that sends them)',
).returns<{ sent: boolean; patientId: string }>();

/** A provider event as the provider's adapter read it from a genuine webhook. */
export const providerEventSchema = z.strictObject({
  /** The provider's id of this event: the same event delivered twice carries the same id. */
  eventId: z.string().trim().min(1).max(120),
  /** Billing's card payment the provider was asked to take (echoed back from `start`). */
  cardPaymentId: z.uuid(),
  /** The provider's reference of this attempt (a charge): recorded on the payment or the decline. */
  providerReference: z.string().trim().min(1).max(120),
  outcome: z.enum(['pending', 'succeeded', 'declined']),
  amount: positiveMoneySchema,
  declineCode: z.string().trim().min(1).max(60).optional(),
});

export const RecordProviderEvent = defineCommand(
  'billing.RecordProviderEvent',
  providerEventSchema,
  'Record what the payment provider says of a card payment (its webhook): a confirmation pays once, a decline moves no money',
).returns<{ patientId: string; outcome: 'recorded' | 'already-recorded' | 'pending'; paymentId: string | null }>();

const recorded = { at: z.iso.datetime(), by: z.string() };

export const CardPaymentStarted = defineEvent(
  'billing.CardPaymentStarted',
  z.object({ ...recorded, cardPaymentId: z.uuid(), patientId: z.uuid(), amount: moneySchema }),
  { description: 'A cashier started a card payment; it is to be sent to the payment provider' },
);

export const CardPaymentSent = defineEvent(
  'billing.CardPaymentSent',
  z.object({
    ...recorded,
    cardPaymentId: z.uuid(),
    patientId: z.uuid(),
    provider: z.string(),
    providerPaymentId: z.string(),
  }),
  { description: 'The payment provider took the card payment; its confirmation or decline comes by webhook' },
);

export const CardPaymentSettled = defineEvent(
  'billing.CardPaymentSettled',
  z.object({
    ...recorded,
    cardPaymentId: z.uuid(),
    patientId: z.uuid(),
    outcome: z.enum(['succeeded', 'declined']),
    providerReference: z.string(),
    declineCode: z.string().optional(),
  }),
  {
    description:
      "The provider's last word on a card payment attempt (the money is on the account's PaymentReceived or PaymentDeclined)",
  },
);

export const CARD_PAYMENT_EVENTS = [CardPaymentStarted, CardPaymentSent, CardPaymentSettled] as const;
