import { defineJob, HmsError, z, type JobContext } from '@hms/sdk';
import { ExchangeClaim } from '../contracts/claim-exchange';
import type { BillingPluginOptions } from '../options';

const PAGE = 200;

export const exchangeClaimsPayloadSchema = z.object({});

/**
 * One step for each claim waiting on the payer (submitted, accepted, appealed), oldest first: send it, or poll
 * for the answer. A claim the kernel refuses (a clerk recorded the answer meanwhile) is counted and left; it does not
 * hold up the others. Answers the steps taken.
 */
export async function exchangeClaims(
  ctx: JobContext,
  options: Partial<BillingPluginOptions>,
): Promise<Record<string, number>> {
  const steps: Record<string, number> = {};
  if (!options.clearinghouse) return steps;
  const waiting = await ctx.sql.query<{ id: string }>(
    `SELECT id::text AS id FROM billing.claims WHERE status IN ('submitted', 'accepted', 'appealed')
      ORDER BY created_at, id LIMIT $1`,
    [PAGE],
  );
  for (const [index, claim] of waiting.entries()) {
    try {
      const { step } = await ctx.execute(ExchangeClaim, { claimId: claim.id }, claim.id);
      steps[step] = (steps[step] ?? 0) + 1;
    } catch (error) {
      if (!(error instanceof HmsError) || error.status >= 500) throw error;
      steps.refused = (steps.refused ?? 0) + 1;
    }
    await ctx.progress(((index + 1) / waiting.length) * 100);
  }
  await ctx.progress(100);
  return steps;
}

/** Every five minutes: claims go out as they are submitted, and the payer's answers come back. */
export const exchangeClaimsJob = defineJob<z.infer<typeof exchangeClaimsPayloadSchema>, BillingPluginOptions>({
  name: 'billing.exchange-claims',
  payload: exchangeClaimsPayloadSchema,
  retry: { attempts: 5, backoffMs: 5000 },
  schedule: { cron: '*/5 * * * *', payload: {} },
  async handle(_payload, ctx) {
    await exchangeClaims(ctx, ctx.options);
  },
});
