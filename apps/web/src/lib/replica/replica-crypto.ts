/**
 * Encryption at rest of the device's replicas: AES-256-GCM under the session's key (`replicaKey` of
 * `/api/auth/me`), imported as a NON-extractable CryptoKey. The key object is kept in IndexedDB (a structured clone
 * stays non-extractable), so a reload without network still reads; page scripts can use it but never read its bytes.
 * Sign-out deletes it with the copies (docs/local-first.md, "Security of the local store").
 */

/** Imports the server's base64url key bytes as an AES-GCM key that cannot be exported again. */
export async function importReplicaKey(base64url: string): Promise<CryptoKey> {
  const bytes = fromBase64Url(base64url);
  if (bytes.length !== 32) throw new Error('The replica key must be 32 bytes');
  return crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** A value sealed with AES-GCM: a fresh 12-byte IV per value, the ciphertext with its tag. */
export interface Sealed {
  readonly iv: Uint8Array;
  readonly data: ArrayBuffer;
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  return { iv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain) };
}

/** Opens a sealed value; throws when the key is another session's or the bytes were altered (GCM's tag). */
export async function open<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource }, key, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

/** A copy's record id: a hash of its replica and scope, so no id of a patient or ward is readable in the store. */
export async function copyId(name: string, params: Readonly<Record<string, string>>): Promise<string> {
  const sorted = Object.keys(params)
    .sort()
    .map((k) => [k, params[k]]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify([name, sorted])));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
