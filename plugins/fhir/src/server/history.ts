import {
  NotFoundError,
  ValidationError,
  type FhirContribution,
  type FhirRequest,
  type FhirResource,
  type FhirServerContext,
} from '@hms/sdk';

/** The versions of one record, newest first; a type without `history`, or a record without versions, is a 404. */
async function versionsOf(contribution: FhirContribution, id: string, ctx: FhirServerContext): Promise<FhirResource[]> {
  const { type } = contribution.resource;
  if (!contribution.resource.history) throw new NotFoundError('FHIR_INTERACTION_NOT_SUPPORTED', { type });
  const versions = await ctx.history(contribution, id).catch((error: unknown) => {
    // An id the contributing query cannot take names no record: a 404, as for a read.
    throw error instanceof ValidationError ? new NotFoundError('FHIR_RESOURCE_NOT_FOUND', { type, id }) : error;
  });
  if (versions.length === 0) throw new NotFoundError('FHIR_RESOURCE_NOT_FOUND', { type, id });
  return [...versions].sort((a, b) => versionNumber(b) - versionNumber(a));
}

function versionIdOf(resource: FhirResource): string {
  return String((resource['meta'] as { versionId?: string } | undefined)?.versionId ?? '');
}

function versionNumber(resource: FhirResource): number {
  const id = Number(versionIdOf(resource));
  return Number.isFinite(id) ? id : 0;
}

/**
 * `<Type>/<id>/_history`: a `history` Bundle of the record's versions, newest first (FHIR RESTful 3.1.0.9.6). Each
 * entry says how the version came to be (the first a create, the later ones updates) and its time; a version is a
 * whole resource, so every entry passes the validator on its own.
 */
export async function instanceHistory(
  contribution: FhirContribution,
  id: string,
  request: FhirRequest,
  ctx: FhirServerContext,
): Promise<FhirResource> {
  refuseParameters(request);
  const versions = await versionsOf(contribution, id, ctx);
  const { type } = contribution.resource;
  return {
    resourceType: 'Bundle',
    type: 'history',
    total: versions.length,
    link: [{ relation: 'self', url: `${request.baseUrl}/${type}/${id}/_history` }],
    entry: versions.map((resource) => {
      const lastModified = (resource['meta'] as { lastUpdated?: string } | undefined)?.lastUpdated;
      const created = versionNumber(resource) === 1;
      return {
        fullUrl: `${request.baseUrl}/${type}/${resource.id}`,
        resource,
        request: { method: created ? 'POST' : 'PUT', url: created ? type : `${type}/${resource.id}` },
        response: {
          status: created ? '201 Created' : '200 OK',
          etag: `W/"${versionIdOf(resource)}"`,
          ...(lastModified === undefined ? {} : { lastModified }),
        },
      };
    }),
  };
}

/** `<Type>/<id>/_history/<versionId>`: that version as it was (vread); an unknown version is a 404. */
export async function versionRead(
  contribution: FhirContribution,
  id: string,
  versionId: string,
  request: FhirRequest,
  ctx: FhirServerContext,
): Promise<FhirResource> {
  refuseParameters(request);
  const versions = await versionsOf(contribution, id, ctx);
  const found = versions.find((resource) => versionIdOf(resource) === versionId);
  if (!found) throw new NotFoundError('FHIR_VERSION_NOT_FOUND', { type: contribution.resource.type, id, versionId });
  return found;
}

/** A record's history is short: it is answered whole, and a parameter (`_since`, `_count`) is refused, not ignored. */
function refuseParameters(request: FhirRequest): void {
  const given = Object.keys(request.query);
  if (given.length === 0) return;
  throw new ValidationError(
    given.map((key) => ({ path: key, message: 'A record history takes no parameters here' })),
    'FHIR_SEARCH_INVALID',
  );
}
