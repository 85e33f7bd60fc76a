import { defineJob, HmsError, z, type ResultOf } from '@hms/sdk';
import { CalculatePayslipBatch, CompletePayRun, FailPayRun } from '../contracts/payroll.contracts';

/**
 * Calculates a pay run started by `staff.StartPayRun`, batch by batch (a command each, so progress shows and a
 * crash loses one batch at most), then completes it. The payload names the run, never a person. Every command is
 * keyed by its place in the run (the cursor it starts after), so a re-delivered job gets its first answers back
 * and appends nothing twice. A member the rules refuse (a term in another currency) stops the run as failed, with
 * the error's code; anything else (the database away) is retried.
 */
export const calculatePayRunJob = defineJob({
  name: 'staff.calculate-pay-run',
  payload: z.strictObject({
    payGroup: z.string().regex(/^[a-z0-9-]{1,40}$/),
    from: z.iso.date(),
    to: z.iso.date(),
    run: z.number().int().positive(),
  }),
  retry: { attempts: 3, backoffMs: 5_000 },
  async handle({ payGroup, from, to, run }, ctx) {
    const period = { from, to };
    let after: string | null = null;
    try {
      for (;;) {
        const batch: ResultOf<typeof CalculatePayslipBatch> = await ctx.execute(
          CalculatePayslipBatch,
          { payGroup, period, run, after },
          `batch-${after ?? 'first'}`,
        );
        if (batch.status === 'superseded') return;
        await ctx.progress(batch.total === 0 ? 99 : Math.min(99, Math.floor((batch.done * 100) / batch.total)));
        if (!batch.more) break;
        after = batch.lastId;
      }
      await ctx.execute(CompletePayRun, { payGroup, period, run }, 'complete');
      await ctx.progress(100);
    } catch (error) {
      if (!(error instanceof HmsError) || error.status >= 500) throw error;
      await ctx.execute(
        FailPayRun,
        { payGroup, period, run, code: error.code, details: { ...error.details } },
        'failed',
      );
    }
  },
});
