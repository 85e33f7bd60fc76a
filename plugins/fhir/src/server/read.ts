import {
  NotFoundError,
  ValidationError,
  type FhirContribution,
  type FhirResource,
  type FhirServerContext,
} from '@hms/sdk';

/**
 * One resource by id. An id the contributing query cannot even take (not a UUID) names nothing here: 404, as
 * FHIR expects of a read, rather than the query's 400.
 */
export async function readResource(
  contribution: FhirContribution,
  id: string,
  ctx: FhirServerContext,
): Promise<FhirResource> {
  const notFound = new NotFoundError('FHIR_RESOURCE_NOT_FOUND', { type: contribution.resource.type, id });
  const resource = await ctx.read(contribution, id).catch((error: unknown) => {
    throw error instanceof ValidationError ? notFound : error;
  });
  if (!resource) throw notFound;
  return resource;
}
