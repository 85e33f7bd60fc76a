import { createHash } from 'node:crypto';
import { ValidationError, type FhirRequest, type FhirResource, type FieldIssue } from '@hms/sdk';
import { structureIssuesOf } from './validate';

/** At most this many entries in a bundle imported in the request (each Patient is looked up in the master index). */
export const MAX_IMPORT_ENTRIES = 500;
/** At most this many in one imported in the background (`Prefer: respond-async`). */
export const MAX_BACKGROUND_ENTRIES = 10_000;

export interface BundleEntry {
  readonly fullUrl?: string;
  readonly resource: FhirResource;
}

/** A bundle to import, every resource valid. */
export interface ImportBundle {
  readonly dryRun: boolean;
  readonly entries: readonly BundleEntry[];
  /** SHA-256 of the bundle's canonical JSON (keys sorted): the same bundle, the same digest. */
  readonly digest: string;
  /** Where the bundle says it comes from: its identifier (`system|value`) or `meta.source`. */
  readonly source?: string;
}

/**
 * The bundle of an import request, each resource checked against the base R4 structure definitions first and then
 * the bundle's own rules; any problem is a 400 `FHIR_IMPORT_INVALID` naming each one, before anything is looked up
 * or written. `_dryRun` is the only parameter (`true` or `false`).
 */
export function importBundleOf(request: FhirRequest, maxEntries = MAX_IMPORT_ENTRIES): ImportBundle {
  const unknown = Object.keys(request.query).filter((key) => key !== '_dryRun');
  const dryRun = request.query['_dryRun'];
  if (unknown.length > 0 || (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false')) {
    throw new ValidationError(
      [
        ...unknown.map((key) => ({ path: key, message: 'An import takes only _dryRun' })),
        ...(unknown.length === 0 ? [{ path: '_dryRun', message: 'Expected true or false' }] : []),
      ],
      'FHIR_IMPORT_INVALID',
    );
  }
  const bundle = request.body as
    { resourceType?: unknown; type?: unknown; entry?: unknown; identifier?: unknown; meta?: unknown } | undefined;
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
  const entries = (Array.isArray(bundle.entry) ? bundle.entry : []) as Partial<BundleEntry>[];
  if (entries.length === 0 || entries.length > maxEntries) {
    const more = maxEntries === MAX_IMPORT_ENTRIES ? ' (send a larger one with Prefer: respond-async)' : '';
    throw new ValidationError(
      [{ path: 'Bundle.entry', message: `Expected 1 to ${maxEntries} entries${more}` }],
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
  const identifier = bundle.identifier as { system?: string; value?: string } | undefined;
  const metaSource = (bundle.meta as { source?: string } | undefined)?.source;
  const source = identifier?.value ? `${identifier.system ?? ''}|${identifier.value}` : metaSource;
  return {
    dryRun: dryRun === 'true',
    entries: entries as BundleEntry[],
    digest: digestOf(bundle),
    ...(source === undefined ? {} : { source }),
  };
}

/** SHA-256 of a JSON value with its keys sorted, so the same content always has the same digest. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The command id of one entry's import: the bundle's source (its identifier or `meta.source`, else its digest) and
 * the entry's identity (its `fullUrl`, else `Type/id`, else its position and content). The same bundle imported
 * again sends the same ids, and the kernel answers each with its first result, writing nothing.
 */
export function entryCommandId(bundle: ImportBundle, entry: BundleEntry, index: number): string {
  const identity =
    entry.fullUrl ??
    (entry.resource.id === undefined
      ? `#${index}:${digestOf(entry.resource)}`
      : `${entry.resource.resourceType}/${entry.resource.id}`);
  const source = bundle.source ?? bundle.digest;
  return `fhir-import:${digestOf(source).slice(0, 24)}:${digestOf(identity).slice(0, 24)}`;
}
