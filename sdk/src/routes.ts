import type { CommandDefinition, QueryDefinition } from './messages';
import type { Schema } from './schema';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The parts of an HTTP request a route maps to a command or query; bodies are already parsed JSON. */
export interface RouteRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string | string[] | undefined>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
}

/** What a route answers. */
export interface RouteResponse {
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

interface RouteBase {
  readonly method: HttpMethod;
  /** Below `/api`, e.g. `/patients/:id`; the first segment must be one the plugin owns. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  /** Schema of the successful answer, for the OpenAPI document. */
  readonly response?: Schema;
  /** Success status (default 200, or 201 for a command route that creates). */
  readonly status?: number;
  /** The answer carries an `ETag` (the version); a write takes `If-Match` and refuses a stale one with 409. */
  readonly etag?: boolean;
}

/**
 * A route that sends a command. The `Idempotency-Key` header (when given) becomes the command id, so a retry
 * returns the first answer. The permission is the command's.
 */
export interface CommandRoute<C extends CommandDefinition = CommandDefinition> extends RouteBase {
  readonly command: C;
  /** Schema of the body alone, for the OpenAPI document, when `input` adds path parameters or headers to it. */
  readonly body?: Schema;
  /** Builds the command data from the request (default: the body). Validated against the command's schema. */
  input?(request: RouteRequest): unknown;
  respond?(result: never, request: RouteRequest): RouteResponse;
}

/** A route that asks a query. The permission is the query's. */
export interface QueryRoute<Q extends QueryDefinition = QueryDefinition> extends RouteBase {
  readonly query: Q;
  /** Schema of the query string alone, for the OpenAPI document, when `input` adds path parameters to it. */
  readonly queryString?: Schema;
  /** Builds the query parameters from the request (default: path params and query string). */
  input?(request: RouteRequest): unknown;
  respond?(result: never, request: RouteRequest): RouteResponse;
}

export type RouteDefinition = CommandRoute | QueryRoute;

/**
 * Defines an HTTP route bound to a command or a query: the route owns no logic, only the mapping.
 * @example
 * export const registerPatientRoute = defineRoute({
 *   method: 'POST', path: '/patients', summary: 'Register a patient', command: RegisterPatient, status: 201,
 * });
 */
export function defineRoute<R extends { respond?: (result: never, request: RouteRequest) => RouteResponse }>(
  route: R & RouteDefinition,
): RouteDefinition {
  if (!route.path.startsWith('/')) throw new Error(`Route path "${route.path}" must start with "/"`);
  return Object.freeze(route);
}

/**
 * A command route's `input` when ids are in the path: the body's fields plus the path parameters (the path wins,
 * so a body cannot name another record than the URL). No body gives the path parameters alone (a command that
 * needs nothing else); a body that is not an object is passed on as it is, and the command's schema answers 400.
 * Since SDK 1.3.
 * @example
 * defineRoute({ method: 'POST', path: '/wards/:wardId/beds', summary: 'Add a bed', command: AddBed, input: bodyWithParams });
 */
export function bodyWithParams(request: RouteRequest): unknown {
  const { body } = request;
  if (body === undefined || body === null) return { ...request.params };
  if (typeof body !== 'object' || Array.isArray(body)) return body;
  return { ...body, ...request.params };
}

/**
 * Types the `respond` mapping of a route by the handler's result.
 * @example
 * respond: respondWith((patient: PatientView) => ({ body: patient, headers: { etag: `"${patient.version}"` } })),
 */
export function respondWith<R>(fn: (result: R, request: RouteRequest) => RouteResponse): (result: never, request: RouteRequest) => RouteResponse {
  return fn as (result: never, request: RouteRequest) => RouteResponse;
}
