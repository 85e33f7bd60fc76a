import type { CommandDefinition, QueryDefinition, ResultOf } from './messages';
import type { Schema } from './schema';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The names of a path's parameters: `'/wards/:wardId/beds/:bedId'` gives `'wardId' | 'bedId'`. A name runs up to
 * the next `/` (since SDK 2.0).
 */
export type PathParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

/** A path's parameters as a route receives them: `'/wards/:wardId/beds'` gives `{ wardId: string }`. */
export type PathParams<Path extends string> = string extends Path
  ? Readonly<Record<string, string>>
  : { readonly [Name in PathParamNames<Path>]: string };

/**
 * The parts of an HTTP request a route maps to a command or query; bodies are already parsed JSON. `params` is
 * typed by the route's path.
 */
export interface RouteRequest<Params = Readonly<Record<string, string>>> {
  readonly params: Params;
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

/**
 * A request as a webhook route receives it: the parsed body, and the bytes exactly as sent, which a signature (an
 * HMAC over the body) is computed on. Since SDK 2.2.
 */
export interface WebhookRequest<Params = Readonly<Record<string, string>>> extends RouteRequest<Params> {
  readonly rawBody: Buffer;
}

/**
 * How a route called by another system (a payment provider's webhook, a clearinghouse's callback) proves itself,
 * instead of a user's session. The kernel does not ask for a token on such a route: it calls `accept` with the
 * request and the plugin's options (`plugin.configure({ … })`, where the shared secret lives), and sends the command
 * it answers as the actor `webhook:<plugin>`, holding only the command's permission. Answering `undefined` refuses
 * the request with 401 (`WEBHOOK_NOT_AUTHENTICATED`), audited, and nothing is sent. Since SDK 2.2.
 * @example
 * webhook: { accept: (request, options) => verifySignature(request.rawBody, request.headers, options.secret)
 *   ? toCommandData(request.body) : undefined },
 */
export interface WebhookAuthentication {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each plugin's own options type
  accept(request: WebhookRequest, options: any): unknown;
}

interface RouteBase<Path extends string> {
  readonly method: HttpMethod;
  /** Below `/api`, e.g. `/patients/:id`; the first segment must be one the plugin owns. */
  readonly path: Path;
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
 * returns the first answer. The permission is the command's. Without `input`, the command's data is the body's
 * fields plus the path's parameters (the path wins, so a body cannot name another record than the URL), and the
 * OpenAPI document shows the command's schema without the path's parameters as the body.
 */
export interface CommandRoute<
  C extends CommandDefinition = CommandDefinition,
  Path extends string = string,
> extends RouteBase<Path> {
  readonly command: C;
  /**
   * Set on a route another system calls with no user session: `accept` authenticates the request and builds the
   * command's data (then `input` is not used). Since SDK 2.2.
   */
  readonly webhook?: WebhookAuthentication;
  /** Schema of the body alone, for the OpenAPI document, when `input` builds the data some other way. */
  readonly body?: Schema;
  /**
   * Builds the command data from the request (default: the body with the path's parameters). Validated against the
   * command's schema.
   */
  input?(request: RouteRequest<PathParams<Path>>): unknown;
  /**
   * Maps the handler's answer, typed by the command's declared result, to the response (default: the answer as the
   * body).
   */
  respond?(result: ResultOf<C>, request: RouteRequest<PathParams<Path>>): RouteResponse;
}

/** A route that asks a query. The permission is the query's. */
export interface QueryRoute<
  Q extends QueryDefinition = QueryDefinition,
  Path extends string = string,
> extends RouteBase<Path> {
  readonly query: Q;
  /** Schema of the query string alone, for the OpenAPI document, when `input` adds path parameters to it. */
  readonly queryString?: Schema;
  /** Builds the query parameters from the request (default: path params and query string). */
  input?(request: RouteRequest<PathParams<Path>>): unknown;
  /** Maps the answer, typed by the query's declared result, to the response (default: the answer as the body). */
  respond?(result: ResultOf<Q>, request: RouteRequest<PathParams<Path>>): RouteResponse;
}

/** A route as the kernel keeps it, whatever its message and path. */
export type RouteDefinition = CommandRoute | QueryRoute;

/**
 * Defines an HTTP route bound to a command or a query: the route owns no logic, only the mapping. The path's
 * parameters type `request.params` in `input` and `respond`, and the message's declared result types `respond`.
 * @example
 * export const registerPatientRoute = defineRoute({
 *   method: 'POST', path: '/patients', summary: 'Register a patient', command: RegisterPatient, status: 201,
 * });
 * // The body's fields plus { wardId } from the path make the command's data:
 * export const addBedRoute = defineRoute({ method: 'POST', path: '/wards/:wardId/beds', summary: 'Add a bed', command:
 * AddBed });
 */
export function defineRoute<C extends CommandDefinition, Path extends string>(
  route: CommandRoute<C, Path>,
): RouteDefinition;
export function defineRoute<Q extends QueryDefinition, Path extends string>(
  route: QueryRoute<Q, Path>,
): RouteDefinition;
export function defineRoute(route: RouteDefinition): RouteDefinition {
  if (!route.path.startsWith('/')) throw new Error(`Route path "${route.path}" must start with "/"`);
  return Object.freeze(route);
}
