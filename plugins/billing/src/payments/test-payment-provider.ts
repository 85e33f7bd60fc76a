import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CardPaymentRequest, PaymentProvider, ProviderEvent, ProviderWebhook } from './payment-provider';

export const TEST_SIGNATURE_HEADER = 'test-provider-signature';

/**
 * Declines an amount whose minor units end in 51 (e.g. 10.51) as `insufficient_funds`, like a card network's test
 * cards.
 */
export const declineAmountsEndingIn51 = (amount: { amount: number }): string | undefined =>
  amount.amount % 100 === 51 ? 'insufficient_funds' : undefined;

export interface TestPaymentProviderOptions {
  /** The secret shared with billing: every webhook is signed with it (HMAC-SHA256 over `<timestamp>.<body>`). */
  readonly webhookSecret: string;
  /** Which attempts the card network declines, and with which code (default: {@link declineAmountsEndingIn51}). */
  readonly declineWhen?: (amount: { amount: number; currency: string }) => string | undefined;
  /** The provider's clock, for its events' timestamps (default: the machine's). */
  readonly now?: () => Date;
}

/** The test provider: also lets a test (or a demo) play the card network and deliver the webhooks. */
export interface TestPaymentProvider extends PaymentProvider {
  /**
   * Another attempt on a started payment (the patient tries another card): approved, declined with a code, or (left
   * out) as the decline rule says. Its outcome comes by webhook too.
   */
  attempt(cardPaymentId: string, outcome?: 'approve' | { declineCode: string }): void;
  /** The webhooks waiting to be sent, signed, oldest first; taking them empties the queue. */
  takeWebhooks(): ProviderWebhook[];
  /**
   * Sends the waiting webhooks through `send` (answering the HTTP status), oldest first, each retried while it is
   * not answered 2xx, up to `attempts` times, as a provider does. Answers how many were delivered and how many gave up.
   */
  deliver(
    send: (webhook: ProviderWebhook) => Promise<number>,
    attempts?: number,
  ): Promise<{ delivered: number; failed: number }>;
}

interface Started {
  readonly providerPaymentId: string;
  readonly request: CardPaymentRequest;
}

/**
 * A payment provider that behaves like a real one, in memory: `start` only takes the payment (idempotently per
 * card payment); the outcome (`payment.processing`, then `payment.succeeded` or `payment.failed`) comes later as
 * signed webhooks, which a test may deliver late, twice, or out of order. Not for production: it moves no money.
 */
export function testPaymentProvider(options: TestPaymentProviderOptions): TestPaymentProvider {
  const declineWhen = options.declineWhen ?? declineAmountsEndingIn51;
  const now = options.now ?? (() => new Date());
  const started = new Map<string, Started>();
  let outbox: ProviderWebhook[] = [];
  let sequence = 0;

  const sign = (body: string, timestamp: number): string =>
    createHmac('sha256', options.webhookSecret).update(`${timestamp}.${body}`).digest('hex');

  const queue = (type: string, payment: Started, chargeId: string, declineCode?: string): void => {
    const body = JSON.stringify({
      id: `evt_${++sequence}`,
      type,
      created: now().toISOString(),
      data: {
        paymentId: payment.providerPaymentId,
        chargeId,
        metadata: { cardPaymentId: payment.request.cardPaymentId },
        amount: payment.request.amount.amount,
        currency: payment.request.amount.currency,
        ...(declineCode === undefined ? {} : { declineCode }),
      },
    });
    const timestamp = Math.floor(now().getTime() / 1000);
    outbox.push({
      rawBody: Buffer.from(body),
      headers: {
        'content-type': 'application/json',
        [TEST_SIGNATURE_HEADER]: `t=${timestamp},v1=${sign(body, timestamp)}`,
      },
    });
  };

  const attempt = (cardPaymentId: string, outcome?: 'approve' | { declineCode: string }): void => {
    const payment = started.get(cardPaymentId);
    if (!payment) throw new Error(`The test provider was never asked to take card payment ${cardPaymentId}`);
    const chargeId = `tp_ch_${++sequence}`;
    const declineCode =
      outcome === undefined
        ? declineWhen(payment.request.amount)
        : outcome === 'approve'
          ? undefined
          : outcome.declineCode;
    queue('payment.processing', payment, chargeId);
    if (declineCode === undefined) queue('payment.succeeded', payment, chargeId);
    else queue('payment.failed', payment, chargeId, declineCode);
  };

  return {
    name: 'test',
    async start(request) {
      const known = started.get(request.cardPaymentId);
      if (known) return { providerPaymentId: known.providerPaymentId };
      const payment = { providerPaymentId: `tp_pay_${++sequence}`, request };
      started.set(request.cardPaymentId, payment);
      attempt(request.cardPaymentId);
      return { providerPaymentId: payment.providerPaymentId };
    },
    readWebhook(webhook) {
      return verified(webhook, options.webhookSecret) ? eventOf(webhook.rawBody) : undefined;
    },
    attempt,
    takeWebhooks() {
      const taken = outbox;
      outbox = [];
      return taken;
    },
    async deliver(send, attempts = 3) {
      let delivered = 0;
      let failed = 0;
      for (const webhook of this.takeWebhooks()) {
        let ok = false;
        for (let tries = 0; tries < attempts && !ok; tries += 1) {
          const status = await send(webhook);
          ok = status >= 200 && status < 300;
        }
        if (ok) delivered += 1;
        else failed += 1;
      }
      return { delivered, failed };
    },
  };
}

/** The signature header `t=<unix seconds>,v1=<hex HMAC>` checks out against the body, in constant time. */
function verified(webhook: ProviderWebhook, secret: string): boolean {
  const header = webhook.headers[TEST_SIGNATURE_HEADER];
  if (typeof header !== 'string') return false;
  const parts = new Map(
    header.split(',').map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)]),
  );
  const timestamp = parts.get('t');
  const given = parts.get('v1');
  if (!timestamp || !given || !/^[0-9a-f]{64}$/.test(given)) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(webhook.rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}

const OUTCOMES: Readonly<Record<string, ProviderEvent['outcome']>> = {
  'payment.processing': 'pending',
  'payment.succeeded': 'succeeded',
  'payment.failed': 'declined',
};

/**
 * A genuine body in billing's words. Fields of the wrong type are passed on as they are, for the command's schema to
 * refuse (400); an event type billing does not follow reads as `undefined`.
 */
function eventOf(rawBody: Buffer): ProviderEvent | undefined {
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(body) || typeof body.type !== 'string' || !isRecord(body.data)) return undefined;
  const outcome = OUTCOMES[body.type];
  if (outcome === undefined) return undefined;
  const data = body.data;
  const metadata = isRecord(data.metadata) ? data.metadata : {};
  return {
    eventId: String(body.id),
    cardPaymentId: String(metadata.cardPaymentId),
    providerReference: String(data.chargeId),
    outcome,
    amount: { amount: Number(data.amount), currency: String(data.currency) },
    ...(typeof data.declineCode === 'string' ? { declineCode: data.declineCode } : {}),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
