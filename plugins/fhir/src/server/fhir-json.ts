import type { FhirResource, RouteResponse } from '@hms/sdk';

/** FHIR's JSON media type (R4 3.1.0.1.1), on every answer of the server, refusals included. */
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** A resource as the answer, serialised here so no framework re-types it as plain JSON. */
export function fhirJson(resource: FhirResource, status = 200): RouteResponse {
  return { status, body: JSON.stringify(resource), headers: { 'content-type': FHIR_JSON } };
}
