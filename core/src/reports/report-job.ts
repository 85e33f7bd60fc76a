import {
  HmsError,
  InvariantViolation,
  toFieldIssues,
  ValidationError,
  z,
  type JobContext,
  type PluginDefinition,
  type Sql,
} from '@hms/sdk';
import { actorOfAccount } from '../auth/account-actor';
import type { Clock } from '../clock/clock';
import type { KernelJobContext, KernelJobDefinition } from '../jobs/job-options';
import { reportJobName } from './report-job-name';
import { checkedResult } from './report-result';
import { reportRuns } from './report-run-store';

const payload = z.strictObject({ runId: z.uuid() });
export type ReportJobPayload = z.infer<typeof payload>;

/**
 * The kernel's job that runs the plugin's reports (`<plugin>.run-report`, payload `{ runId }`). It reads the
 * run's parameters and requester from `core.report_runs`, checks again that the requester may run the report
 * (permissions can be revoked while a run waits), runs it with progress written to both the queue and the row,
 * and stores the result in one guarded update — a run delivered twice (its first worker died) stores one result.
 *
 * Bad parameters, a broken rule, a revoked permission or an invalid result fail the run at once; anything else is
 * retried, and fails the run once the last attempt fails.
 */
export function reportJob(
  plugin: PluginDefinition,
  db: Sql,
  clock: Clock,
  enabledPlugins: readonly string[],
): KernelJobDefinition<ReportJobPayload> {
  const reports = new Map(plugin.reports.map((r) => [r.name, r]));
  return {
    name: reportJobName(plugin.name),
    payload,
    retry: { attempts: 3, backoffMs: 5000 },
    concurrency: 2,
    async handle({ runId }, jobContext: JobContext) {
      const ctx = jobContext as KernelJobContext;
      const run = await reportRuns.start(ctx.sql, runId, clock.now());
      if (!run) return; // ended already (a second delivery) or removed
      try {
        const report = reports.get(run.report);
        if (!report) throw new InvariantViolation('REPORT_NOT_DECLARED', { report: run.report });
        const parsed = report.parameters.safeParse(run.parameters);
        if (!parsed.success) throw new ValidationError(toFieldIssues(parsed.error));
        const actor = await actorOfAccount(ctx.sql, run.requestedBy);
        if (!actor?.has(report.permission.name)) {
          throw new InvariantViolation('REPORT_PERMISSION_REVOKED', { permission: report.permission.name });
        }
        const result = await report.run(parsed.data, {
          sql: ctx.sql,
          now: ctx.now,
          actor,
          enabledPlugins,
          progress: async (percent) => {
            const bounded = Math.max(0, Math.min(99, Math.round(percent)));
            await ctx.progress(bounded);
            await reportRuns.progress(ctx.sql, runId, bounded);
          },
        });
        const stored = checkedResult(result);
        if (await reportRuns.complete(ctx.sql, runId, stored, clock.now())) await ctx.progress(100);
      } catch (error) {
        const code = error instanceof HmsError ? error.code : 'REPORT_FAILED';
        const permanent = error instanceof HmsError && (error.status === 400 || error.status === 422);
        if (permanent || ctx.attempt >= ctx.attempts) await reportRuns.fail(ctx.sql, runId, code, clock.now());
        else await reportRuns.retrying(ctx.sql, runId, code);
        throw error;
      }
    },
    async onFailed({ runId }) {
      await reportRuns.fail(db, runId, 'REPORT_FAILED', clock.now());
    },
  };
}
