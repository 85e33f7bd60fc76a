import type { FhirResource } from '@hms/sdk';

/** One page of a search's matches, with the links a client follows (FHIR RESTful search 3.1.1.6). */
export interface SearchPage {
  readonly baseUrl: string;
  /** `Observation`, or `Patient/<id>/$everything`. */
  readonly path: string;
  readonly parameters: readonly (readonly [string, string])[];
  readonly matches: readonly FhirResource[];
  readonly count: number;
  readonly offset: number;
  /** Entries added to every page (an OperationOutcome saying what was left out). */
  readonly outcomes?: readonly FhirResource[];
}

/** A `searchset` Bundle of one page: `total` counts every match, `self`/`first`/`previous`/`next` page through. */
export function searchset(page: SearchPage): FhirResource {
  const { baseUrl, path, parameters, matches, count, offset } = page;
  const url = (at: number): string => {
    const query = new URLSearchParams([...parameters.map(([k, v]): [string, string] => [k, v])]);
    query.set('_count', String(count));
    query.set('_offset', String(at));
    return `${baseUrl}/${path}?${query.toString()}`;
  };
  const link = [
    { relation: 'self', url: url(offset) },
    { relation: 'first', url: url(0) },
    ...(offset > 0 ? [{ relation: 'previous', url: url(Math.max(0, offset - count)) }] : []),
    ...(count > 0 && offset + count < matches.length ? [{ relation: 'next', url: url(offset + count) }] : []),
  ];
  const entry = [
    ...matches.slice(offset, offset + count).map((resource) => ({
      fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
    ...(page.outcomes ?? []).map((resource) => ({ resource, search: { mode: 'outcome' } })),
  ];
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    link,
    ...(entry.length > 0 ? { entry } : {}),
  };
}
