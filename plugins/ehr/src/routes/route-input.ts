import type { RouteRequest } from '@hms/sdk';

/** The body's fields plus the path parameters (a body that is not an object goes to the schema, which says 400). */
export function bodyWithParams(request: RouteRequest): unknown {
  const { body } = request;
  if (body === undefined || body === null) return { ...request.params };
  if (typeof body !== 'object' || Array.isArray(body)) return body;
  return { ...body, ...request.params };
}
