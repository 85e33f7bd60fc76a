import { ValidationError, type FhirResourceDefinition, type FhirSearchCriteria, type FieldIssue } from '@hms/sdk';
import { filterOf, type ResourceFilter } from './filters';

export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 100;

/** A search as the server runs it: what to ask the contribution, how to filter, and which page to answer. */
export interface SearchRequest {
  readonly criteria: FhirSearchCriteria;
  /** `_id` values, when given: the resources are read by id rather than searched. */
  readonly ids?: readonly string[];
  readonly filters: readonly ResourceFilter[];
  readonly count: number;
  readonly offset: number;
  /** The parameters as understood (without `_count` and `_offset`), for the bundle's links. */
  readonly parameters: readonly (readonly [string, string])[];
}

/** What a search reads of a type: its name and declared parameters (a contribution's, or the server's own type's). */
export type SearchableType = Pick<FhirResourceDefinition, 'type'> & {
  readonly search: Pick<FhirResourceDefinition['search'], 'parameters'>;
};

/** Parameters the server understands on any type; `_format` only as JSON, the one format served. */
const RESULT_PARAMETERS = new Set(['_count', '_offset', '_format']);
const JSON_FORMATS = new Set(['json', 'application/json', 'application/fhir+json']);

/**
 * Reads a search's query string against the type's declared parameters. Unknown parameters and modifiers are
 * refused (400) rather than ignored, so a client never takes an unfiltered answer for a filtered one.
 */
export function searchRequestOf(
  resource: SearchableType,
  query: Readonly<Record<string, string | readonly string[] | undefined>>,
): SearchRequest {
  const issues: FieldIssue[] = [];
  const given: [string, string][] = Object.entries(query).flatMap(([name, value]) =>
    (value === undefined ? [] : typeof value === 'string' ? [value] : value).map((v): [string, string] => [name, v]),
  );
  const parameters: Readonly<Record<string, string[]>> = {};
  const filters: ResourceFilter[] = [];
  for (const [key, value] of given) {
    if (RESULT_PARAMETERS.has(key)) {
      if (key === '_format' && !JSON_FORMATS.has(value)) issues.push({ path: key, message: 'Only JSON is served' });
      continue;
    }
    const [name = '', modifier] = key.split(':', 2);
    const parameter = resource.search.parameters.find((p) => p.name === name);
    if (name !== '_id' && !parameter) {
      issues.push({ path: key, message: `${resource.type} has no search parameter "${name}"` });
      continue;
    }
    const filter = filterOf(name, parameter, modifier, value);
    if (typeof filter === 'string') issues.push({ path: key, message: filter });
    else filters.push(filter);
    (parameters as Record<string, string[]>)[name] = [...(parameters[name] ?? []), value];
  }
  const count = integerOf(query._count, '_count', DEFAULT_COUNT, MAX_COUNT, issues);
  const offset = integerOf(query._offset, '_offset', 0, Number.MAX_SAFE_INTEGER, issues);
  if (issues.length > 0) throw new ValidationError(issues, 'FHIR_SEARCH_INVALID');
  const patient = onePatientOf(resource.type, parameters);
  const ids = parameters._id?.flatMap((v) => v.split(','));
  return {
    criteria: { ...(patient === undefined ? {} : { patient }), parameters },
    ...(ids === undefined ? {} : { ids }),
    filters,
    count,
    offset,
    parameters: given.filter(([key]) => key !== '_count' && key !== '_offset'),
  };
}

/** The one patient a search names through `patient`, `subject` (a Patient reference) or, on Patient, `_id`. */
function onePatientOf(type: string, parameters: Readonly<Record<string, readonly string[]>>): string | undefined {
  const values = type === 'Patient' ? parameters._id : (parameters.patient ?? parameters.subject);
  const [only, ...more] = values ?? [];
  if (only === undefined || more.length > 0 || only.includes(',')) return undefined;
  const id = only.replace(/^(?:.*\/)?Patient\//, '');
  return /^[A-Za-z0-9\-.]{1,64}$/.test(id) ? id : undefined;
}

function integerOf(
  value: string | readonly string[] | undefined,
  name: string,
  fallback: number,
  max: number,
  issues: FieldIssue[],
): number {
  if (value === undefined) return fallback;
  const text = typeof value === 'string' ? value : value.length === 1 ? value[0] : undefined;
  if (text === undefined || !/^\d{1,9}$/.test(text) || Number(text) > max) {
    issues.push({ path: name, message: `Expected one whole number from 0 to ${max}` });
    return fallback;
  }
  return Number(text);
}
