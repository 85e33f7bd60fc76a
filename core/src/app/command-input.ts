import type { RouteRequest } from '@hms/sdk';

/**
 * A command route's data when the route gives no `input`: the body's fields plus the path's parameters. The path
 * wins, so a body cannot name another record than the URL. No body gives the path's parameters alone (a command
 * that needs nothing else); a body that is not an object is passed on as it is, so the command's schema answers 400.
 */
export function commandInput(request: RouteRequest): unknown {
  const { body, params } = request;
  if (body === undefined || body === null) return { ...params };
  if (typeof body !== 'object' || Array.isArray(body)) return body;
  return { ...body, ...params };
}
