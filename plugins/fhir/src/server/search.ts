import {
  NotFoundError,
  type FhirContribution,
  type FhirRequest,
  type FhirResource,
  type FhirServerContext,
} from '@hms/sdk';
import { searchRequestOf, type SearchRequest } from '../search/search-request';
import { searchset } from '../search/searchset';
import { readResource } from './read';

/** A search of one type: a page of the matches as a searchset Bundle. */
export async function searchResources(
  contribution: FhirContribution,
  request: FhirRequest,
  ctx: FhirServerContext,
): Promise<FhirResource> {
  const search = searchRequestOf(contribution.resource, request.query);
  const matches = await matchesOf(contribution, search, ctx);
  return searchset({
    baseUrl: request.baseUrl,
    path: contribution.resource.type,
    parameters: search.parameters,
    matches,
    count: search.count,
    offset: search.offset,
  });
}

/**
 * Every resource matching the search: read by `_id` when given (an unknown id is no match), else what the
 * contribution's search query answers; then filtered by every parameter, the same way for every type.
 */
export async function matchesOf(
  contribution: FhirContribution,
  search: SearchRequest,
  ctx: FhirServerContext,
): Promise<readonly FhirResource[]> {
  const candidates = search.ids
    ? await readEach(contribution, search.ids, ctx)
    : await ctx.search(contribution, search.criteria);
  return candidates.filter((resource) => search.filters.every((matches) => matches(resource)));
}

async function readEach(
  contribution: FhirContribution,
  ids: readonly string[],
  ctx: FhirServerContext,
): Promise<FhirResource[]> {
  const found: FhirResource[] = [];
  for (const id of new Set(ids)) {
    const resource = await readResource(contribution, id, ctx).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (resource) found.push(resource);
  }
  return found;
}
