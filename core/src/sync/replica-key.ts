import { createHmac } from 'node:crypto';

/**
 * The key the browser encrypts its replicas with (AES-256-GCM), bound to the session: derived from the session's
 * token, so it exists exactly as long as the session, needs no storage, and a new sign-in gets another. The HMAC
 * is one-way: the key (which page scripts hold) does not give the token (which only the httpOnly cookie holds).
 * Never logged; `/api/auth/me` answers it with `cache-control: no-store`.
 */
export function replicaKeyOf(token: string): string {
  return createHmac('sha256', token).update('hms.replica-key.v1').digest('base64url');
}
