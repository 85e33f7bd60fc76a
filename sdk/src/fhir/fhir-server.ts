import type { Actor } from '../context';
import type { RouteResponse } from '../routes';
import type { FhirResource, FhirResourceDefinition, FhirSearchCriteria } from './fhir-resource';

/** The path below which the kernel mounts the FHIR server; it belongs to no plugin's `/api` paths. */
export const FHIR_BASE_PATH = '/fhir/R4';

/** A resource type with the plugin that contributed it. */
export interface FhirContribution {
  readonly plugin: string;
  readonly resource: FhirResourceDefinition;
}

/** One request to the FHIR server, as the kernel hands it over (the session is already checked). */
export interface FhirRequest {
  readonly method: string;
  /** The path below the base, `'/Patient/123'`, `'/metadata'` (`''` for the base itself). */
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[] | undefined>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The absolute base URL the client reached, for links in bundles (`https://host/fhir/R4`). */
  readonly baseUrl: string;
  /**
   * The request's body, parsed, when it has one (`application/fhir+json` or `application/json`; a body that is
   * not JSON is refused with a 400 before the server is asked). Since SDK 2.5.
   */
  readonly body?: unknown;
}

/**
 * What the FHIR server may use: the contributions of the enabled plugins, and `read`/`search`, which run a
 * contribution's queries through the kernel's query executor as the requesting user (permission, care-relationship
 * rule and audit record, whose details name the FHIR server as the asker). It reads nothing else.
 */
export interface FhirServerContext {
  readonly actor: Actor;
  /** The kernel's clock (ISO 8601). */
  readonly now: string;
  readonly correlationId: string;
  /** The resource types the enabled plugins contribute, in plugin order. */
  readonly contributions: readonly FhirContribution[];
  /** Reads one resource; `undefined` when the contribution's mapping finds none under that id. */
  read(contribution: FhirContribution, id: string): Promise<FhirResource | undefined>;
  /**
   * A record's versions through the contribution's `history` query (since SDK 2.8), as the requesting user
   * (permission, care-relationship rule, audit with `askedFor: fhir:history:<Type>`); empty when it has none.
   */
  history(contribution: FhirContribution, id: string): Promise<readonly FhirResource[]>;
  /**
   * The records an imported resource may already be, by the contribution's `import.match` rules (since SDK 2.8), run
   * as the requesting user (permission, audit with `askedFor: fhir:match:<Type>`); empty when it has no rules or
   * the resource gives them nothing to match on.
   */
  matchRecords(contribution: FhirContribution, resource: FhirResource): Promise<readonly string[]>;
  /**
   * Stores a validated bundle and queues its import as a background job (since SDK 2.8): the job carries only the
   * run's id, and runs the server's `runImport` as this user (permissions checked again then). Answers the run's
   * id; throws when this process has no job queues.
   */
  startImportRun(bundle: unknown): Promise<string>;
  /** A run this user started (since SDK 2.8); `undefined` for an unknown id or another user's run. */
  importRun(runId: string): Promise<FhirImportRun | undefined>;
  /** The resources the contribution's search query answers for these criteria, before the server's filtering. */
  search(contribution: FhirContribution, criteria: FhirSearchCriteria): Promise<readonly FhirResource[]>;
  /**
   * Runs the contribution's import command (since SDK 2.6) with this data through the kernel's command executor as
   * the requesting user (permission, care-relationship rule, audit), under `commandId`: the same id with the same
   * data answers the first result and writes nothing again. Answers the id of the record created (`createdId`).
   */
  importResource(contribution: FhirContribution, data: unknown, commandId: string): Promise<string>;
  /**
   * Records an import in the audit log (since SDK 2.6), as FHIR's Provenance would: who (the user), when, from
   * where (the client's address and the bundle's source), and what became of each entry. Ids only.
   */
  recordImport(record: FhirImportRecord): Promise<void>;
}

/** A background import as its requester sees it (since SDK 2.8). */
export interface FhirImportRun {
  readonly id: string;
  readonly status: 'queued' | 'running' | 'done' | 'failed';
  /** Percent of the entries handled (0–100). */
  readonly progress: number;
  /** The import's report (an OperationOutcome), once done. */
  readonly report?: FhirResource;
  /** The refusal's code, when it failed. */
  readonly failure?: string;
  readonly requestedAt: string;
}

/** One import as the audit log keeps it: its action is `fhir:import`, its patients those the bundle touched. */
export interface FhirImportRecord {
  /** The bundle's digest (SHA-256 of its canonical JSON), which also keys the import's command ids. */
  readonly bundleDigest: string;
  /** Where the bundle says it comes from (`Bundle.meta.source`, or its identifier), when it says. */
  readonly bundleSource?: string;
  readonly patientIds: readonly string[];
  /** How many entries ended each way (`created`, `matched`, `unchanged`, `not-mappable`, `failed`). */
  readonly outcomes: Readonly<Record<string, number>>;
  /** The records created or found, as `Type/id`, in entry order. */
  readonly targets: readonly string[];
}

/** A refusal as the kernel classified it (the same status and code a problem+json answer would carry). */
export interface FhirRefusal {
  readonly status: number;
  readonly code: string;
  /** Plain words, ids only. */
  readonly detail: string;
  /** For a 400: which parameters, and why. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
  readonly correlationId: string;
}

/**
 * The FHIR server (since SDK 2.4): one enabled plugin may declare it. The kernel mounts it at `/fhir/R4`, checks
 * the session (bearer token or session cookie) and hands every request below it to `handle`; anything `handle`
 * throws, and a missing session, is classified like any API error and answered by `refuse` in FHIR's own shape.
 */
export interface FhirServerDefinition {
  handle(request: FhirRequest, ctx: FhirServerContext): Promise<RouteResponse>;
  refuse(refusal: FhirRefusal): RouteResponse;
  /**
   * What the server answers without a session (since SDK 2.8), as FHIR servers answer `metadata` to anyone: asked
   * before the session is checked, with the contributions only (no reads); `undefined` hands the request on to the
   * session check and `handle`. It must answer nothing about patients.
   */
  handlePublic?(
    request: FhirRequest,
    contributions: readonly FhirContribution[],
    now: string,
  ): RouteResponse | undefined;
  /**
   * Imports a bundle stored by `ctx.startImportRun` (since SDK 2.8), in the kernel's background job, as the user who
   * started it; reports progress in percent and answers the report, kept for `ctx.importRun`.
   */
  runImport?(
    bundle: unknown,
    ctx: FhirServerContext,
    progress: (percent: number) => Promise<void>,
  ): Promise<FhirResource>;
}

/**
 * Declares the FHIR server a plugin provides (the `fhirServer` of its manifest).
 * @example
 * export const fhirPlugin = definePlugin({
 *   name: 'fhir', version: '0.1.0', sdk: '^2.4.0',
 *   fhirServer: defineFhirServer({ handle: answerFhirRequest, refuse: operationOutcomeOf }),
 * });
 */
export function defineFhirServer(server: FhirServerDefinition): FhirServerDefinition {
  return Object.freeze({ ...server });
}
