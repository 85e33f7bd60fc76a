import type { CommandDefinition, InputOf, QueryDefinition, ResultOf } from '../messages';

/** A FHIR R4 resource as JSON: its `resourceType`, its logical `id` and whatever its structure definition allows. */
export interface FhirResource {
  readonly resourceType: string;
  readonly id?: string;
  readonly [element: string]: unknown;
}

/** A coded value as a `token` search parameter matches it (`system|code`). */
export interface FhirToken {
  readonly system?: string;
  readonly code: string;
}

/** A span of time as a `date` search parameter matches it; an open end runs on. */
export interface FhirPeriod {
  readonly start?: string;
  readonly end?: string;
}

interface SearchParameterBase {
  /** The parameter's name in the query string, as FHIR names it (`code`, `date`, `patient`, `status`). */
  readonly name: string;
  /** What it matches, in words: shown in the CapabilityStatement. */
  readonly description: string;
}

/**
 * A search parameter a resource type answers, with the values a resource holds for it. The FHIR server matches
 * them the same way for every plugin: tokens as `system|code`, `code` or `system|`; dates with the prefixes
 * `eq ne lt gt le ge sa eb` at the precision given; references as `Type/id` or `id`; strings by their start,
 * ignoring case and accents.
 */
export type FhirSearchParameter<R extends FhirResource = FhirResource> =
  | (SearchParameterBase & { readonly type: 'token'; values(resource: R): readonly FhirToken[] })
  | (SearchParameterBase & { readonly type: 'date'; values(resource: R): readonly (string | FhirPeriod)[] })
  | (SearchParameterBase & { readonly type: 'reference'; values(resource: R): readonly string[] })
  | (SearchParameterBase & { readonly type: 'string'; values(resource: R): readonly string[] });

/**
 * What a search asks, as a contribution's `search.params` receives it: the one patient it is about (from
 * `patient`, `subject`, or `_id` on Patient), and every parameter as given (comma lists unsplit). The server
 * filters the resources the query answers by all of them afterwards; `params` only narrows what is read.
 */
export interface FhirSearchCriteria {
  /** The patient's id when the search names exactly one patient. */
  readonly patient?: string;
  readonly parameters: Readonly<Record<string, readonly string[]>>;
}

/** How one resource is read by id: one of the plugin's own queries, and the mapping of its answer. */
export interface FhirRead<Q extends QueryDefinition = QueryDefinition, R extends FhirResource = FhirResource> {
  readonly query: Q;
  params(id: string): InputOf<Q>;
  /** The resource, or `undefined` when the answer holds no resource of this type under that id (a 404). */
  resource(answer: ResultOf<Q>, id: string): R | undefined;
}

/** How resources are searched: one of the plugin's own queries, the mapping of its answer, and the parameters. */
export interface FhirSearch<Q extends QueryDefinition = QueryDefinition, R extends FhirResource = FhirResource> {
  readonly query: Q;
  /**
   * The query's parameters for a search. Throw a `ValidationError` for a search this query cannot answer (an
   * Observation search without a patient): the client gets a 400 OperationOutcome.
   */
  params(criteria: FhirSearchCriteria): InputOf<Q>;
  resources(answer: ResultOf<Q>, criteria: FhirSearchCriteria): readonly R[];
  /** The parameters besides `_id`, `_count` and `_offset`, which every type answers. */
  readonly parameters: readonly FhirSearchParameter<R>[];
}

/**
 * What importing one resource would send (since SDK 2.6): the plugin's own command's data, and the record in words
 * for the import report. `left` names what of the resource the command does not take (reported, never dropped
 * silently): a second coding, a resolution date, a reaction's code.
 */
export interface FhirImportMapped<C extends CommandDefinition = CommandDefinition> {
  readonly data: InputOf<C>;
  readonly summary: string;
  readonly left?: readonly string[];
}

/** A resource the plugin's command cannot take, and why in plain words (`The chart takes ICD-10 codes; …`). */
export interface FhirImportRefused {
  readonly notMappable: string;
}

/** Where an imported resource goes: the patient it is filed under, once the import has resolved its reference. */
export interface FhirImportTarget {
  /** The patient's id here (a clinical resource's `subject` or `patient`, matched or registered first). */
  readonly patientId: string;
}

/**
 * How a resource type is imported (since SDK 2.6): through one of the plugin's **own commands**, so an import meets
 * the same validation, permission, care-relationship rule and audit as the plugin's routes. `map` is pure: it turns
 * a FHIR resource as the sender wrote it (validated against base R4 only, so every optional element may be absent)
 * into the command's data, or says why it cannot. The FHIR server runs the command as the
 * requesting user, under a command id derived from the bundle entry (an import repeated changes nothing).
 */
export interface FhirImport<C extends CommandDefinition = CommandDefinition, R extends FhirResource = FhirResource> {
  readonly command: C;
  /**
   * The plugin's own rules for finding a record this resource may already be (since SDK 2.8), asked when the
   * resource's identifiers found none and before anything is created: one of the plugin's queries (a published
   * duplicate check), its parameters from the resource (`undefined`: nothing to match on), and the ids it names.
   * One id is reused, several are ambiguous (nothing created).
   */
  readonly match?: FhirImportMatch;
  map(resource: R, target: FhirImportTarget): FhirImportMapped<C> | FhirImportRefused;
  /** The logical id of the record the command created (a Patient's, to file its clinical resources under). */
  createdId(result: ResultOf<C>): string;
}

/**
 * How a type answers `_history` and `vread` (since SDK 2.8): one of the plugin's own queries answering a record's
 * versions (typically folded from its event stream, `ctx.streamHistory`), and their mapping to FHIR, each with its
 * `meta.versionId` (and `meta.lastUpdated`). An empty answer is a 404.
 */
export interface FhirHistory<Q extends QueryDefinition = QueryDefinition, R extends FhirResource = FhirResource> {
  readonly query: Q;
  params(id: string): InputOf<Q>;
  versions(answer: ResultOf<Q>, id: string): readonly R[];
}

/** How an imported resource is matched to records already here, by the plugin's own rules (since SDK 2.8). */
export interface FhirImportMatch<Q extends QueryDefinition = QueryDefinition> {
  readonly query: Q;
  params(resource: FhirResource): InputOf<Q> | undefined;
  /** The ids of the records the answer names. */
  candidates(answer: ResultOf<Q>): readonly string[];
}

/** A resource type a plugin contributes to the FHIR server, as the kernel keeps it. */
export interface FhirResourceDefinition {
  /** The FHIR resource type, `'Observation'`; one plugin per type. */
  readonly type: string;
  /** The profile its resources claim to conform to (a canonical URL), when not just the base resource. */
  readonly profile?: string;
  readonly read: FhirRead;
  readonly search: FhirSearch;
  /** How the type is imported, when the plugin takes it in (since SDK 2.6). */
  readonly import?: FhirImport;
  /** How a record's versions are read, when the type answers `_history` and `vread` (since SDK 2.8). */
  readonly history?: FhirHistory;
}

/** A resource type as its plugin writes it, typed by its queries' declared parameters and results. */
export interface FhirResourceInput<
  R extends FhirResource,
  RQ extends QueryDefinition,
  SQ extends QueryDefinition,
  IC extends CommandDefinition = CommandDefinition,
  HQ extends QueryDefinition = QueryDefinition,
> {
  readonly type: R['resourceType'];
  readonly profile?: string;
  readonly read: FhirRead<RQ, R>;
  readonly search: FhirSearch<SQ, R>;
  readonly import?: FhirImport<IC>;
  readonly history?: FhirHistory<HQ, R>;
}

/**
 * Contributes a FHIR resource type (since SDK 2.4): how the FHIR server reads and searches it through the plugin's
 * own queries, and how their answers map to FHIR; optionally (since 2.6) how a resource of the type is imported
 * through one of its own commands (`import`). The server runs those queries through the kernel's query
 * executor as the requesting user, so a FHIR read gets the same permission, care-relationship rule and audit
 * record as the plugin's own routes. Name only queries the plugin itself registers; the mapping uses only what
 * they answer. List the definitions in the manifest's `fhir`.
 * @example
 * export const conditionResource = defineFhirResource({
 *   type: 'Condition',
 *   read: { query: GetChartEntry, params: (id) => ({ entryId: id }), resource: (chart, id) => conditionOf(chart, id) },
 *   search: {
 *     query: GetChart, params: ({ patient }) => ({ patientId: requirePatient(patient) }),
 *     resources: (chart) => conditionsOf(chart),
 *     parameters: [{ name: 'code', type: 'token', description: 'The ICD-10 code', values: (c) => tokensOf(c.code) }],
 *   },
 * });
 */
export function defineFhirResource<
  R extends FhirResource,
  RQ extends QueryDefinition,
  SQ extends QueryDefinition,
  IC extends CommandDefinition = CommandDefinition,
  HQ extends QueryDefinition = QueryDefinition,
>(input: FhirResourceInput<R, RQ, SQ, IC, HQ>): FhirResourceDefinition {
  if (!/^[A-Z][A-Za-z]{1,63}$/.test(input.type)) {
    throw new Error(`FHIR resource type "${input.type}" must be a FHIR type name such as "Observation"`);
  }
  const names = input.search.parameters.map((p) => p.name);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice !== undefined)
    throw new Error(`FHIR resource type ${input.type} declares search parameter "${twice}" twice`);
  if (names.some((name) => name.startsWith('_'))) {
    throw new Error(`FHIR resource type ${input.type}: _id, _count and _offset are the server's own parameters`);
  }
  return Object.freeze({ ...input } as unknown as FhirResourceDefinition);
}
