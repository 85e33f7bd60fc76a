import { defineJob, z, type JobContext } from '@hms/sdk';
import { MarkCardPaymentSent } from '../contracts/card-payments';
import type { CurrencyCode } from '../domain/money/currency';
import type { BillingPluginOptions } from '../options';
import type { PaymentProvider } from '../payments/payment-provider';

const PAGE = 100;

/** No payload: each run sends every card payment started and not yet sent. */
export const sendCardPaymentsPayloadSchema = z.object({});

/**
 * Hands each started card payment to the provider, oldest first, and records the provider's payment id. Outside
 * any transaction: a provider's `start` is idempotent per card payment, and the record's command id is derived
 * from the job run and the card payment, so a retried run neither charges nor records twice. Answers how many were
 * sent; without a provider, nothing is sent (the payments wait).
 */
export async function sendCardPayments(
  ctx: JobContext,
  provider: PaymentProvider | undefined,
): Promise<{ sent: number }> {
  if (!provider) return { sent: 0 };
  const waiting = await ctx.sql.query<{ id: string; amount: string; currency: CurrencyCode }>(
    `SELECT id::text AS id, amount::text AS amount, currency FROM billing.card_payments
      WHERE status = 'started' ORDER BY position LIMIT $1`,
    [PAGE],
  );
  let sent = 0;
  for (const payment of waiting) {
    const { providerPaymentId } = await provider.start({
      cardPaymentId: payment.id,
      amount: { amount: Number(payment.amount), currency: payment.currency },
    });
    await ctx.execute(
      MarkCardPaymentSent,
      { cardPaymentId: payment.id, provider: provider.name, providerPaymentId },
      payment.id,
    );
    sent += 1;
    await ctx.progress((sent / waiting.length) * 100);
  }
  await ctx.progress(100);
  return { sent };
}

/** Every minute (a terminal's cashier waits for it): the card payments started since. */
export const sendCardPaymentsJob = defineJob<z.infer<typeof sendCardPaymentsPayloadSchema>, BillingPluginOptions>({
  name: 'billing.send-card-payments',
  payload: sendCardPaymentsPayloadSchema,
  retry: { attempts: 5, backoffMs: 2000 },
  schedule: { cron: '* * * * *', payload: {} },
  async handle(_payload, ctx) {
    await sendCardPayments(ctx, ctx.options.paymentProvider);
  },
});
