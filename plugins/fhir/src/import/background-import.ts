import {
  NotFoundError,
  type FhirRequest,
  type FhirResource,
  type FhirServerContext,
  type RouteResponse,
} from '@hms/sdk';
import { fhirJson } from '../server/fhir-json';
import { operationOutcome } from '../server/operation-outcome';

/** Where a background import's state (`accepted`, `in-progress`) is named in its informational answers. */
const IMPORT_STATUS_SYSTEM = 'urn:hms:import-status';

function information(code: string, text: string): FhirResource {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'information',
        code: 'informational',
        details: { coding: [{ system: IMPORT_STATUS_SYSTEM, code }], text },
      },
    ],
  };
}
import { importBundleOf, MAX_BACKGROUND_ENTRIES } from './bundle';
import { importEntries } from './import-bundle';

/** Where a background import's status is read: `GET <base>/$import-status/<runId>`. */
export const IMPORT_STATUS_PATH = '$import-status';

/** Whether the client asked for FHIR's asynchronous pattern (`Prefer: respond-async`, R4 3.1.6). */
export function wantsAsync(request: FhirRequest): boolean {
  const prefer = request.headers['prefer'];
  return (Array.isArray(prefer) ? prefer.join(',') : (prefer ?? ''))
    .split(/[,;]/)
    .some((p) => p.trim() === 'respond-async');
}

/**
 * `POST <base>` with `Prefer: respond-async`: the bundle (up to 10,000 entries) is validated now, in the request
 * (an invalid one is refused with 400 and nothing is stored), then stored by the kernel and imported by a background
 * job as this user. Answers 202 with `Content-Location` naming the status to poll. A dry run is answered at once.
 */
export async function startBackgroundImport(request: FhirRequest, ctx: FhirServerContext): Promise<RouteResponse> {
  const bundle = importBundleOf(request, MAX_BACKGROUND_ENTRIES);
  if (bundle.dryRun) return fhirJson(await importEntries(bundle, ctx));
  const runId = await ctx.startImportRun(request.body);
  const status = `${request.baseUrl}/${IMPORT_STATUS_PATH}/${runId}`;
  const accepted = information(
    'accepted',
    `Importing ${bundle.entries.length} entries in the background: follow ${status}`,
  );
  return { ...fhirJson(accepted, 202), headers: { ...fhirJson(accepted).headers, 'content-location': status } };
}

/**
 * `GET <base>/$import-status/<runId>`, for the user who started it: 202 with `X-Progress` while it runs, 200 with
 * the import's report once done, 422 `FHIR_IMPORT_FAILED` (with its code) when it failed; another user's run, or
 * an unknown one, is a 404.
 */
export async function backgroundImportStatus(runId: string, ctx: FhirServerContext): Promise<RouteResponse> {
  const run = await ctx.importRun(runId);
  if (!run) throw new NotFoundError('FHIR_IMPORT_RUN_NOT_FOUND', { runId });
  if (run.status === 'done' && run.report) return fhirJson(run.report);
  if (run.status === 'failed') {
    return fhirJson(
      operationOutcome(422, 'FHIR_IMPORT_FAILED', `The import failed: ${run.failure ?? 'FHIR_IMPORT_FAILED'}`),
      422,
    );
  }
  const waiting = information('in-progress', `The import is ${run.status}: ${run.progress}%`);
  return { ...fhirJson(waiting, 202), headers: { ...fhirJson(waiting).headers, 'x-progress': `${run.progress}%` } };
}

/** The background job's part: the stored bundle, validated again (the definitions may have moved on), imported. */
export function runStoredImport(
  body: unknown,
  ctx: FhirServerContext,
  progress: (percent: number) => Promise<void>,
): Promise<FhirResource> {
  const request: FhirRequest = { method: 'POST', path: '', query: {}, headers: {}, baseUrl: '', body };
  return importEntries(importBundleOf(request, MAX_BACKGROUND_ENTRIES), ctx, progress);
}
