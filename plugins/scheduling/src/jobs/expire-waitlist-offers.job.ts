import { defineJob, z } from '@hms/sdk';
import { ExpireWaitlistOffers } from '../contracts/commands';

/**
 * Every minute: offers whose hold has run out are closed and their slots passed to the next patients waiting.
 * The command does the work (and is audited); the job only makes sure someone sends it.
 */
export const expireWaitlistOffersJob = defineJob({
  name: 'scheduling.expire-waitlist-offers',
  payload: z.strictObject({}),
  schedule: { cron: '* * * * *', payload: {} },
  retry: { attempts: 3, backoffMs: 5_000 },
  async handle(_payload, ctx) {
    await ctx.execute(ExpireWaitlistOffers, {}, 'expire');
    await ctx.progress(100);
  },
});
