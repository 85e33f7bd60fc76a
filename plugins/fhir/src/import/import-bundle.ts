import { fhirRecordAccess, HmsError, type FhirRequest, type FhirResource, type FhirServerContext } from '@hms/sdk';
import { importBundleOf, type ImportBundle } from './bundle';
import type { EntryOutcome, EntryResult } from './entry-outcome';
import { importClinical, importPatient } from './import-entry';
import { importProvenance } from '../provenance/import-provenance';

/** Where the report's outcome codes (`created`, `matched`, …) are named in its OperationOutcome. */
export const IMPORT_OUTCOME_SYSTEM = 'urn:hms:import-outcome';

const OUTCOMES: readonly EntryOutcome[] = ['would-create', 'created', 'matched', 'ambiguous', 'not-mappable', 'failed'];

/**
 * `POST /fhir/R4` with a `collection` or `transaction` Bundle. Every resource is validated first (any problem: 400
 * naming each, nothing written). Then, entry by entry in bundle order, as the requesting user: a Patient is matched
 * by identifier or registered, a clinical resource is filed under its patient, each through the contributing
 * plugin's own command under a command id derived from the bundle (importing it again writes nothing). What cannot
 * be mapped is reported, never dropped. With `_dryRun=true` nothing is sent; otherwise the import is recorded in
 * the audit log (who, when, from where, what became of each entry) and, when it created records, as a FHIR
 * Provenance the kernel stores with that record (`GET Provenance?target=…`). The answer is the report, an
 * OperationOutcome.
 */
export async function importBundle(request: FhirRequest, ctx: FhirServerContext): Promise<FhirResource> {
  return importEntries(importBundleOf(request), ctx);
}

/** Progress is reported at most this often (in entries), so a large import does not write a row per entry. */
const PROGRESS_EVERY = 25;

/** Imports a validated bundle's entries in order, as `ctx`'s user, and answers the report. */
export async function importEntries(
  bundle: ImportBundle,
  ctx: FhirServerContext,
  progress?: (percent: number) => Promise<void>,
): Promise<FhirResource> {
  const patients = new Map<string, EntryResult>();
  const results: EntryResult[] = [];
  for (const [index, entry] of bundle.entries.entries()) {
    if (progress && index > 0 && index % PROGRESS_EVERY === 0) await progress((index / bundle.entries.length) * 100);
    const input = { bundle, entry, index, patients };
    const isPatient = entry.resource.resourceType === 'Patient';
    const result = await (isPatient ? importPatient(input, ctx) : importClinical(input, ctx)).catch(refusal);
    results.push(result);
    if (isPatient) {
      if (entry.fullUrl) patients.set(entry.fullUrl, result);
      if (entry.resource.id) patients.set(`Patient/${entry.resource.id}`, result);
    }
  }
  const counts = Object.fromEntries(
    OUTCOMES.map((outcome) => [outcome, results.filter((r) => r.outcome === outcome).length]),
  );
  if (!bundle.dryRun) await recordTheImport(bundle, results, counts, ctx);
  return reportOf(results, counts, bundle.dryRun);
}

/**
 * The import in the audit log (who, when, from where, what became of each entry) and, when it created records, as a
 * FHIR Provenance stored with that record. Importing the same bundle again creates nothing, so it records no second
 * Provenance; its audit record says it was tried.
 */
async function recordTheImport(
  bundle: ImportBundle,
  results: readonly EntryResult[],
  counts: Record<string, number>,
  ctx: FhirServerContext,
): Promise<void> {
  const targets = results.flatMap((r) => (r.target === undefined ? [] : [r.target]));
  const source = bundle.source === undefined ? {} : { bundleSource: bundle.source };
  const record = {
    bundleDigest: bundle.digest,
    ...source,
    patientIds: [...new Set(targets.filter((t) => t.startsWith('Patient/')).map((t) => t.slice(8)))],
    outcomes: Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)),
    targets,
  };
  if ((counts['created'] ?? 0) === 0) return ctx.recordImport(record);
  const provenance = importProvenance({
    targets,
    accountId: ctx.actor.id,
    recorded: ctx.now,
    bundleDigest: bundle.digest,
    ...source,
  });
  return fhirRecordAccess(ctx).recordImportWithProvenance(record, provenance);
}

/**
 * A refusal met on one entry (its command's: an unknown code, a likely duplicate; or a read's: no care relationship
 * with its patient) is that entry's outcome, and the import goes on; anything else (the database gone) fails it.
 */
function refusal(error: unknown): EntryResult {
  if (!(error instanceof HmsError)) throw error;
  return { outcome: 'failed', text: `${error.code}: ${error.message}` };
}

function reportOf(results: readonly EntryResult[], counts: Record<string, number>, dryRun: boolean): FhirResource {
  const tally = dryRun
    ? `${counts['would-create']} would be created, ${counts['matched']} matched`
    : `${counts['created']} imported, ${counts['matched']} matched, ${counts['failed']} refused`;
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'information',
        code: 'informational',
        details: {
          text:
            `${dryRun ? 'Dry run: nothing was written' : 'Imported'}. Of ${results.length} entries, ${tally}, ` +
            `${counts['ambiguous']} ambiguous, ${counts['not-mappable']} not mappable.`,
        },
      },
      ...results.map((result, index) => {
        const fine = result.outcome === 'would-create' || result.outcome === 'created' || result.outcome === 'matched';
        return {
          severity: fine ? 'information' : result.outcome === 'failed' ? 'error' : 'warning',
          code: fine ? 'informational' : result.outcome === 'failed' ? 'processing' : 'not-supported',
          details: { coding: [{ system: IMPORT_OUTCOME_SYSTEM, code: result.outcome }], text: result.text },
          expression: [`Bundle.entry[${index}]`],
        };
      }),
    ],
  };
}
