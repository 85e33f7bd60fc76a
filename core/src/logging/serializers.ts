/**
 * How requests and replies appear in logs. Only what an operator needs to follow a request goes in: no
 * headers (tokens, cookies), no bodies, and no query string, because search screens put patient names and
 * birth dates there (`/api/patients?name=…`), and logs are kept longer and read by more people than the
 * patient record is.
 */

/** The parts of a Fastify request (or a raw Node request) the serializer reads. */
export interface LoggableRequest {
  readonly method?: string;
  readonly url?: string;
  readonly id?: unknown;
  /** Fastify's client address (honours `trustProxy`). */
  readonly ip?: string;
  readonly socket?: { readonly remoteAddress?: string } | null;
  /** Set when the request was serialized already (a caller passing `serializeRequest(req)` as `req`). */
  readonly remoteAddress?: string;
}

export interface SerializedRequest {
  method?: string;
  url?: string;
  id?: string;
  remoteAddress?: string;
}

/**
 * The path of a request URL without its query string or fragment.
 * @example
 * pathOf('/api/patients?name=Doe') // '/api/patients'
 */
export function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** pino serializer for `req`: method, path, request id and client address. */
export function serializeRequest(req: LoggableRequest): SerializedRequest {
  const out: SerializedRequest = {};
  if (req.method !== undefined) out.method = req.method;
  if (typeof req.url === 'string') out.url = pathOf(req.url);
  if (req.id !== undefined && req.id !== null) out.id = String(req.id);
  const remoteAddress = req.ip ?? req.socket?.remoteAddress ?? req.remoteAddress;
  if (remoteAddress !== undefined) out.remoteAddress = remoteAddress;
  return out;
}

/** pino serializer for `res`: the status code only (response headers may set session cookies). */
export function serializeReply(res: { readonly statusCode?: number }): { statusCode?: number } {
  return res.statusCode === undefined ? {} : { statusCode: res.statusCode };
}
