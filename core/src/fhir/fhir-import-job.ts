import { HmsError, InvariantViolation, z, type JobContext, type Sql } from '@hms/sdk';
import { actorOfAccount } from '../auth/account-actor';
import type { Clock } from '../clock/clock';
import type { KernelJobContext, KernelJobDefinition } from '../jobs/job-options';
import type { FhirGateway } from './fhir-gateway';
import { fhirImportJobName } from './fhir-import-job-name';
import { fhirImportRuns } from './fhir-import-runs';

const payload = z.strictObject({ runId: z.uuid() });
export type FhirImportJobPayload = z.infer<typeof payload>;

/**
 * The kernel's job that runs a background FHIR import (payload `{ runId }`, never the bundle): it reads the stored
 * bundle and its requester from `core.fhir_import_runs`, resolves the requester's permissions as they are now (an
 * account disabled meanwhile fails the run), and has the FHIR server import it as that user, through the same
 * gateway as a request (permissions, care-relationship rule, audit). Progress goes to the queue and the row.
 * Entries are sent under command ids derived from the bundle, so a run delivered twice writes nothing twice.
 */
export function fhirImportJob(
  serverPlugin: string,
  db: Sql,
  clock: Clock,
  gateway: () => FhirGateway | undefined,
): KernelJobDefinition<FhirImportJobPayload> {
  return {
    name: fhirImportJobName(serverPlugin),
    payload,
    retry: { attempts: 2, backoffMs: 5000 },
    concurrency: 1,
    async handle({ runId }, jobContext: JobContext) {
      const ctx = jobContext as KernelJobContext;
      const run = await fhirImportRuns.start(ctx.sql, runId);
      if (!run) return; // ended already (a second delivery)
      try {
        const actor = await actorOfAccount(ctx.sql, run.requestedBy);
        if (!actor) throw new InvariantViolation('FHIR_IMPORT_REQUESTER_GONE', { runId });
        const fhir = gateway();
        if (!fhir) throw new Error('The FHIR gateway is not ready');
        const report = await fhir.runImport(
          run.bundle,
          { actor, correlationId: runId, source: run.source },
          async (percent) => {
            const bounded = Math.max(0, Math.min(99, Math.round(percent)));
            await ctx.progress(bounded);
            await fhirImportRuns.progress(ctx.sql, runId, bounded);
          },
        );
        await fhirImportRuns.complete(ctx.sql, runId, report, clock.now());
        await ctx.progress(100);
      } catch (error) {
        const code = error instanceof HmsError ? error.code : 'FHIR_IMPORT_FAILED';
        const permanent = error instanceof HmsError && error.status < 500;
        if (permanent || ctx.attempt >= ctx.attempts) await fhirImportRuns.fail(ctx.sql, runId, code, clock.now());
        throw error;
      }
    },
    async onFailed({ runId }) {
      await fhirImportRuns.fail(db, runId, 'FHIR_IMPORT_FAILED', clock.now());
    },
  };
}
