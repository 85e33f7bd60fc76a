import {
  NotFoundError,
  ValidationError,
  type FhirContribution,
  type FhirRequest,
  type FhirResource,
  type FhirServerContext,
  type FieldIssue,
} from '@hms/sdk';
import { matchesOf } from '../server/search';
import { readResource } from '../server/read';
import { searchRequestOf } from '../search/search-request';
import { chartEntryPlan, patientReferenceOf, type EntryPlan } from './entry-plan';
import { structureIssuesOf } from './validate';

/** Where the dry run's outcome codes (`would-create`, `matched`, …) are named in its OperationOutcome. */
export const IMPORT_OUTCOME_SYSTEM = 'urn:hms:import-outcome';
/** At most this many entries in one bundle (each Patient is looked up in the master index). */
export const MAX_IMPORT_ENTRIES = 500;

interface Entry {
  readonly fullUrl?: string;
  readonly resource?: FhirResource;
}

/**
 * `POST /fhir/R4?_dryRun=true` with a `collection` or `transaction` Bundle: every resource is checked against the
 * base R4 structure definitions (any problem: 400 naming each one, nothing looked up), each Patient is matched by
 * its identifiers in the master index, each clinical resource is checked against what the chart takes and tied to
 * its patient; the answer is a report (an OperationOutcome) of what would be created, matched or not mapped.
 * Nothing is written: the import itself is not there yet, so a request without `_dryRun=true` is refused.
 */
export async function importDryRun(request: FhirRequest, ctx: FhirServerContext): Promise<FhirResource> {
  const entries = bundleEntriesOf(request);
  const patients = ctx.contributions.find((c) => c.resource.type === 'Patient');
  const planned = new Map<string, EntryPlan>();
  const plans: EntryPlan[] = [];
  for (const entry of entries) {
    const resource = entry.resource!;
    const plan =
      resource.resourceType === 'Patient'
        ? await patientPlan(resource, patients, ctx)
        : await clinicalPlan(resource, entries, planned, patients, ctx);
    plans.push(plan);
    if (resource.resourceType === 'Patient') {
      if (entry.fullUrl) planned.set(entry.fullUrl, plan);
      if (resource.id) planned.set(`Patient/${resource.id}`, plan);
    }
  }
  const count = (outcome: string) => plans.filter((p) => p.outcome === outcome).length;
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'information',
        code: 'informational',
        details: {
          text:
            `Dry run: nothing was written. Of ${plans.length} entries, ${count('would-create')} would be created, ` +
            `${count('matched')} matched, ${count('ambiguous')} ambiguous, ${count('not-mappable')} not mappable.`,
        },
      },
      ...plans.map((plan, index) => ({
        severity: plan.outcome === 'would-create' || plan.outcome === 'matched' ? 'information' : 'warning',
        code: plan.outcome === 'would-create' || plan.outcome === 'matched' ? 'informational' : 'not-supported',
        details: { coding: [{ system: IMPORT_OUTCOME_SYSTEM, code: plan.outcome }], text: plan.text },
        expression: [`Bundle.entry[${index}]`],
      })),
    ],
  };
}

/** The bundle's entries, every resource valid; else a 400 naming each problem. */
function bundleEntriesOf(request: FhirRequest): Entry[] {
  const unknown = Object.keys(request.query).filter((key) => key !== '_dryRun');
  if (request.query['_dryRun'] !== 'true') {
    throw new ValidationError(
      [{ path: '_dryRun', message: 'Importing writes nothing yet: ask for a dry run with ?_dryRun=true' }],
      'FHIR_IMPORT_DRY_RUN_ONLY',
    );
  }
  if (unknown.length > 0) {
    throw new ValidationError(
      unknown.map((key) => ({ path: key, message: 'An import takes only _dryRun' })),
      'FHIR_IMPORT_INVALID',
    );
  }
  const bundle = request.body as { resourceType?: unknown; type?: unknown; entry?: unknown } | undefined;
  if (
    typeof bundle !== 'object' ||
    bundle === null ||
    bundle.resourceType !== 'Bundle' ||
    (bundle.type !== 'collection' && bundle.type !== 'transaction')
  ) {
    throw new ValidationError(
      [{ path: 'body', message: 'Send a Bundle of type collection or transaction (application/fhir+json)' }],
      'FHIR_IMPORT_INVALID',
    );
  }
  const entries = (Array.isArray(bundle.entry) ? bundle.entry : []) as Entry[];
  if (entries.length === 0 || entries.length > MAX_IMPORT_ENTRIES) {
    throw new ValidationError(
      [{ path: 'Bundle.entry', message: `Expected 1 to ${MAX_IMPORT_ENTRIES} entries` }],
      'FHIR_IMPORT_INVALID',
    );
  }
  const issues: FieldIssue[] = [];
  // Each resource on its own first, so that every problem names its entry (the validator gives up on a whole
  // bundle at the first unknown type); then, all of them valid, the bundle's own rules (entry.request on a
  // transaction, fullUrls).
  entries.forEach((entry, index) => {
    if (entry?.resource === undefined) {
      issues.push({ path: `Bundle.entry[${index}]`, message: 'The entry has no resource' });
      return;
    }
    for (const issue of structureIssuesOf(entry.resource)) {
      issues.push({ path: `Bundle.entry[${index}].resource ${issue.path}`.trim(), message: issue.message });
    }
  });
  if (issues.length === 0) {
    for (const issue of structureIssuesOf(bundle))
      issues.push({ path: issue.path || 'Bundle', message: issue.message });
  }
  if (issues.length > 0) throw new ValidationError(issues, 'FHIR_IMPORT_INVALID');
  return entries;
}

/** A Patient matched by its identifiers in the master index: one patient matched, none to register, or several. */
async function patientPlan(
  resource: FhirResource,
  patients: FhirContribution | undefined,
  ctx: FhirServerContext,
): Promise<EntryPlan> {
  if (!patients) return { outcome: 'not-mappable', text: 'No enabled plugin keeps patients' };
  const identifiers = ((resource['identifier'] as { system?: string; value?: string }[] | undefined) ?? []).filter(
    (i) => i.system && i.value,
  );
  if (identifiers.length === 0) {
    return {
      outcome: 'would-create',
      text: 'No identifier with a system to match on: a new patient would be registered',
    };
  }
  const found = new Set<string>();
  for (const { system, value } of identifiers) {
    const search = searchRequestOf(patients.resource, { identifier: `${system}|${value}` });
    for (const match of await matchesOf(patients, search, ctx)) if (match.id) found.add(match.id);
  }
  const [only, ...more] = [...found];
  if (only === undefined) {
    return { outcome: 'would-create', text: 'No patient holds these identifiers: a new patient would be registered' };
  }
  if (more.length > 0) {
    return { outcome: 'ambiguous', text: `Its identifiers name ${found.size} patients: ${[...found].join(', ')}` };
  }
  return { outcome: 'matched', text: `Matched by identifier: Patient/${only}` };
}

/** A clinical resource: what the chart would make of it, for which patient (in the bundle or already known). */
async function clinicalPlan(
  resource: FhirResource,
  entries: readonly Entry[],
  planned: ReadonlyMap<string, EntryPlan>,
  patients: FhirContribution | undefined,
  ctx: FhirServerContext,
): Promise<EntryPlan> {
  const chart = chartEntryPlan(resource);
  if (!chart) return { outcome: 'not-mappable', text: `No plugin imports ${resource.resourceType} yet` };
  if (chart.outcome !== 'would-create') return chart;
  const reference = patientReferenceOf(resource);
  if (reference === undefined) return { outcome: 'not-mappable', text: 'It names no patient' };
  const inBundle = planned.get(reference) ?? plannedLater(reference, entries);
  if (inBundle === 'later') {
    return {
      outcome: 'not-mappable',
      text: `Its patient ${reference} comes after it in the bundle: list patients first`,
    };
  }
  if (inBundle) {
    if (inBundle.outcome === 'matched' || inBundle.outcome === 'would-create') {
      return { outcome: 'would-create', text: `${chart.text}, for the bundle's patient ${reference}` };
    }
    return { outcome: 'not-mappable', text: `Its patient ${reference} cannot be imported` };
  }
  const id = /^Patient\/([A-Za-z0-9\-.]{1,64})$/.exec(reference)?.[1];
  if (!patients || id === undefined) {
    return {
      outcome: 'not-mappable',
      text: `Its patient ${reference} is neither in the bundle nor a Patient/<id> here`,
    };
  }
  const known = await readResource(patients, id, ctx).catch((error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  });
  return known
    ? { outcome: 'would-create', text: `${chart.text}, for Patient/${known.id}` }
    : { outcome: 'not-mappable', text: `Its patient ${reference} is not known here` };
}

function plannedLater(reference: string, entries: readonly Entry[]): 'later' | undefined {
  return entries.some(
    (e) =>
      e.resource?.resourceType === 'Patient' && (e.fullUrl === reference || `Patient/${e.resource.id}` === reference),
  )
    ? 'later'
    : undefined;
}
