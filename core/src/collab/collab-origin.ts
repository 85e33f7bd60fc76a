import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether a handshake carries the session cookie from a page of another origin. A browser attaches the cookie
 * (SameSite=Strict) to WebSocket handshakes from any page of the same *site*, a sibling sub-domain included, and
 * WebSockets are not bound by CORS: without this check such a page could open a note with the user's session.
 * Handshakes without an `Origin` (not from a browser) and credentials the page had to present itself (a token
 * parameter or bearer header) are not ambient, so they are not affected.
 */
export function isCrossOriginCookieHandshake(
  headers: IncomingHttpHeaders,
  options: { queryToken: boolean; trustProxy: boolean },
): boolean {
  const origin = headers.origin;
  if (origin === undefined || options.queryToken || headers.authorization?.startsWith('Bearer ')) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage: no page of ours
  }
  const forwarded = options.trustProxy ? headers['x-forwarded-host'] : undefined;
  const host = typeof forwarded === 'string' ? forwarded.split(',')[0]!.trim() : headers.host;
  return originHost !== host;
}
