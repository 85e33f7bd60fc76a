import {
  NotFoundError,
  type FhirRequest,
  type FhirResource,
  type FhirSearchParameter,
  type FhirServerContext,
} from '@hms/sdk';
import type { FhirSettings } from '../options';
import { searchRequestOf } from '../search/search-request';
import { searchset } from '../search/searchset';
import { ORGANIZATION_PARAMETERS, organizationResource } from './organization';

/** A type the server answers from its own configuration rather than from a plugin's queries. */
export interface OwnType {
  readonly type: string;
  readonly description: string;
  readonly search: { readonly parameters: readonly FhirSearchParameter[] };
  resources(settings: FhirSettings): readonly FhirResource[];
}

/** The server's own types: the hospital as an Organization (docs/fhir.md). */
export const OWN_TYPES: readonly OwnType[] = [
  {
    type: 'Organization',
    description: "The hospital, from the fhir plugin's options",
    search: { parameters: ORGANIZATION_PARAMETERS },
    resources: (settings) => [organizationResource(settings)],
  },
];

export function ownTypeOf(type: string, ctx: FhirServerContext): OwnType | undefined {
  // A plugin contributing the type itself takes precedence over the server's own answer.
  if (ctx.contributions.some((c) => c.resource.type === type)) return undefined;
  return OWN_TYPES.find((own) => own.type === type);
}

export function readOwn(own: OwnType, id: string, settings: FhirSettings): FhirResource {
  const found = own.resources(settings).find((resource) => resource.id === id);
  if (!found) throw new NotFoundError('FHIR_RESOURCE_NOT_FOUND', { type: own.type, id });
  return found;
}

export function searchOwn(own: OwnType, request: FhirRequest, settings: FhirSettings): FhirResource {
  const search = searchRequestOf(own, request.query);
  // `_id` is among the filters, like every parameter.
  const matches = own.resources(settings).filter((resource) => search.filters.every((matches) => matches(resource)));
  return searchset({
    baseUrl: request.baseUrl,
    path: own.type,
    parameters: search.parameters,
    matches,
    count: search.count,
    offset: search.offset,
  });
}
