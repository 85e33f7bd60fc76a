import type { FhirResource, FhirSearchCriteria } from './fhir-resource';
import type { FhirContribution, FhirImportRecord, FhirServerContext } from './fhir-server';

/** One contribution's part of `searchMany` (since SDK 2.9): its resources, or the error that refused it. */
export type FhirSearchPart =
  | { readonly contribution: FhirContribution; readonly resources: readonly FhirResource[] }
  | { readonly contribution: FhirContribution; readonly refusal: unknown };

/**
 * What `searchProvenance` looks up (since SDK 2.9); every given criterion must hold. Dates (`recorded`) are the
 * server's own filters over the answer.
 */
export interface FhirProvenanceCriteria {
  readonly id?: string;
  /** Provenance naming any of these records among its targets (`Patient/<id>`, `Condition/<id>`). */
  readonly targets?: readonly string[];
  /** Provenance of imports by any of these accounts. */
  readonly agents?: readonly string[];
}

/**
 * What the kernel adds to a FHIR server's context since SDK 2.9 (reached with `fhirRecordAccess(ctx)`, so that the
 * context's own type stays as plugins built for 2.8 know it).
 */
export interface FhirRecordAccess {
  /**
   * Several contributions searched with the same criteria as one access, for answers that gather a whole record
   * (`Patient/$everything`): the same checks as `ctx.search`, but a query several types share runs once, the queries
   * run concurrently, and their successes are written to the audit log together before anything is answered, each
   * naming every type it served (`askedFor: fhir:search:Condition,Observation`). Refusals are audited at once. Each
   * contribution's part is its resources or what refused it, in the order asked.
   */
  searchMany(
    contributions: readonly FhirContribution[],
    criteria: FhirSearchCriteria,
  ): Promise<readonly FhirSearchPart[]>;
  /**
   * `ctx.recordImport`, and the import as a FHIR Provenance, stored by the kernel under an id of its own in the same
   * transaction as the audit record (both or neither). The Provenance names patients only by reference, among its
   * `target`s; the kernel keeps the record's targets and patients beside it for `searchProvenance`.
   */
  recordImportWithProvenance(record: FhirImportRecord, provenance: FhirResource): Promise<void>;
  /**
   * The stored Provenance matching the criteria, newest first, as the requesting user: it needs
   * `core:provenance:read` and the SMART scopes for Provenance; a patient named in `targets` that the user may not
   * reach (the care-relationship rule) refuses the search, and a Provenance naming another such patient is left
   * out. The answer is audited with the patients it names.
   */
  searchProvenance(criteria: FhirProvenanceCriteria): Promise<readonly FhirResource[]>;
}

const ACCESS = new WeakMap<FhirServerContext, FhirRecordAccess>();

/**
 * The SDK 2.9 additions to a FHIR server's context; throws when the kernel running the server is older. They are
 * kept for the very context object the kernel handed over: pass that object on, not a copy (`{ ...ctx }` has none).
 * @example
 * const criteria = { patient: id, parameters: { patient: [`Patient/${id}`] } };
 * const parts = await fhirRecordAccess(ctx).searchMany(types, criteria);
 */
export function fhirRecordAccess(ctx: FhirServerContext): FhirRecordAccess {
  const access = ACCESS.get(ctx);
  if (!access) throw new Error('This kernel gives the FHIR server no record access (it needs SDK 2.9)');
  return access;
}

/**
 * For the kernel (and a test kit) building a FHIR server's context: attaches the SDK 2.9 additions to it.
 * @example
 * const ctx = provideFhirRecordAccess(context, { searchMany, recordImportWithProvenance, searchProvenance });
 */
export function provideFhirRecordAccess<C extends FhirServerContext>(ctx: C, access: FhirRecordAccess): C {
  ACCESS.set(ctx, Object.freeze({ ...access }));
  return ctx;
}
