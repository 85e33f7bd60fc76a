import { NotFoundError, type FhirContribution, type FhirResource, type FhirServerContext } from '@hms/sdk';
import { matchesOf } from '../server/search';
import { readResource } from '../server/read';
import { searchRequestOf } from '../search/search-request';
import { entryCommandId, type BundleEntry, type ImportBundle } from './bundle';
import { isTaken, leftText, type EntryResult } from './entry-outcome';

/** A patient id no record has: what a dry run maps a not-yet-registered patient's entries with. */
const NOT_YET_REGISTERED = '00000000-0000-4000-8000-000000000000';

/** One entry as the import handles it, with what the entries before it became. */
export interface EntryInput {
  readonly bundle: ImportBundle;
  readonly entry: BundleEntry;
  readonly index: number;
  /** The bundle's patients imported so far, by `fullUrl` and `Patient/<id>`. */
  readonly patients: ReadonlyMap<string, EntryResult>;
}

/**
 * A Patient: matched in the master index by its identifiers (every one with a system), as the requesting user;
 * one match is reused, several are ambiguous (nothing is registered); none asks the duplicate rules, and only when
 * they find nobody is the patient registered through the Patient contribution's own import command.
 */
export async function importPatient(input: EntryInput, ctx: FhirServerContext): Promise<EntryResult> {
  const patients = contributionOf(ctx, 'Patient');
  if (!patients) return { outcome: 'not-mappable', text: 'No enabled plugin keeps patients' };
  const resource = input.entry.resource;
  const identifiers = ((resource['identifier'] as { system?: string; value?: string }[] | undefined) ?? []).filter(
    (i) => i.system && i.value,
  );
  const found = new Set<string>();
  for (const { system, value } of identifiers) {
    const search = searchRequestOf(patients.resource, { identifier: `${system}|${value}` });
    for (const match of await matchesOf(patients, search, ctx)) if (match.id) found.add(match.id);
  }
  const [only, ...more] = [...found];
  if (more.length > 0) {
    return { outcome: 'ambiguous', text: `Its identifiers name ${found.size} patients: ${[...found].join(', ')}` };
  }
  if (only !== undefined) {
    return { outcome: 'matched', text: `Matched by identifier: Patient/${only}`, target: `Patient/${only}` };
  }
  return matchByRules(patients, input, ctx);
}

/**
 * No identifier named the patient: the patient plugin's own duplicate rules (its published duplicate check: the
 * same birth date and a similar name) are asked before registering, so a patient already here is reused rather
 * than refused as a likely duplicate. Several candidates are ambiguous: nothing is registered.
 */
async function matchByRules(
  patients: FhirContribution,
  input: EntryInput,
  ctx: FhirServerContext,
): Promise<EntryResult> {
  const candidates = [...new Set(await ctx.matchRecords(patients, input.entry.resource))];
  const [only, ...more] = candidates;
  if (more.length > 0) {
    const named = candidates.map((id) => `Patient/${id}`).join(', ');
    return { outcome: 'ambiguous', text: `The duplicate rules find ${candidates.length} patients it may be: ${named}` };
  }
  if (only !== undefined) {
    return {
      outcome: 'matched',
      text: `Matched by the duplicate rules (no identifier named it): Patient/${only}`,
      target: `Patient/${only}`,
    };
  }
  return create(patients, input.entry.resource, NOT_YET_REGISTERED, input, ctx);
}

/**
 * A clinical resource: tied to its patient (a Patient entry before it in the bundle, or `Patient/<id>` known
 * here, read as the user), then imported through its contribution's own command.
 */
export async function importClinical(input: EntryInput, ctx: FhirServerContext): Promise<EntryResult> {
  const resource = input.entry.resource;
  const contribution = contributionOf(ctx, resource.resourceType);
  if (!contribution?.resource.import) {
    return { outcome: 'not-mappable', text: `No enabled plugin imports ${resource.resourceType}` };
  }
  const patient = await patientOf(resource, input, ctx);
  if (typeof patient !== 'string') return patient;
  return create(contribution, resource, patient, input, ctx);
}

/** The patient id a clinical resource is filed under, or why it cannot be. */
async function patientOf(
  resource: FhirResource,
  input: EntryInput,
  ctx: FhirServerContext,
): Promise<string | EntryResult> {
  const reference = ((resource['subject'] ?? resource['patient']) as { reference?: string } | undefined)?.reference;
  if (reference === undefined) return { outcome: 'not-mappable', text: 'It names no patient' };
  const inBundle = input.patients.get(reference);
  if (inBundle) {
    if (!isTaken(inBundle)) return { outcome: 'not-mappable', text: `Its patient ${reference} was not imported` };
    return inBundle.target?.slice('Patient/'.length) ?? NOT_YET_REGISTERED;
  }
  if (input.bundle.entries.slice(input.index + 1).some((e) => isPatientEntry(e, reference))) {
    return {
      outcome: 'not-mappable',
      text: `Its patient ${reference} comes after it in the bundle: list patients first`,
    };
  }
  const id = /^Patient\/([A-Za-z0-9\-.]{1,64})$/.exec(reference)?.[1];
  const patients = contributionOf(ctx, 'Patient');
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
  return known?.id ?? { outcome: 'not-mappable', text: `Its patient ${reference} is not known here` };
}

/** Maps the resource with its contribution and, unless this is a dry run, sends the command. */
async function create(
  contribution: FhirContribution,
  resource: FhirResource,
  patientId: string,
  input: EntryInput,
  ctx: FhirServerContext,
): Promise<EntryResult> {
  const importing = contribution.resource.import;
  if (!importing) return { outcome: 'not-mappable', text: `No enabled plugin imports ${resource.resourceType}` };
  const mapped = importing.map(resource, { patientId });
  if ('notMappable' in mapped) return { outcome: 'not-mappable', text: mapped.notMappable };
  const words = `${mapped.summary}${leftText(mapped.left)}`;
  if (input.bundle.dryRun) return { outcome: 'would-create', text: words };
  const id = await ctx.importResource(
    contribution,
    mapped.data,
    entryCommandId(input.bundle, input.entry, input.index),
  );
  const target = `${resource.resourceType}/${id}`;
  return { outcome: 'created', text: `${words}: ${target}`, target };
}

function contributionOf(ctx: FhirServerContext, type: string): FhirContribution | undefined {
  return ctx.contributions.find((c) => c.resource.type === type);
}

function isPatientEntry(entry: BundleEntry, reference: string): boolean {
  return (
    entry.resource.resourceType === 'Patient' &&
    (entry.fullUrl === reference || `Patient/${entry.resource.id}` === reference)
  );
}
