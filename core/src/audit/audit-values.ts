import { replaceUnstorableText } from '../text/unstorable-text';

/**
 * Audit records are hashed as they are stored, so every value must survive PostgreSQL unchanged. Two kinds of
 * string do not: a NUL (`text` and `jsonb` refuse it) and a lone UTF-16 surrogate (the driver's UTF-8 encoding turns
 * it into U+FFFD, so the stored text would differ from the hashed one and the chain would never verify again).
 * Any caller, even an anonymous one, can put such strings in a request; the audit log records them in this
 * normalised form, with very long strings cut, before the hash is computed.
 */

/** Longest string kept whole in an audit record; an id or a code is far shorter, a pasted document is not evidence. */
export const AUDIT_STRING_LIMIT = 256;

/** The replacement character: what a lone surrogate or a NUL becomes, so the record still shows something was there. */
const REPLACEMENT = '\ufffd';

/** Deeper structures than this are cut: details are a few ids, never a whole request body. */
const MAX_DEPTH = 8;

/**
 * A string as the audit log stores it: well-formed UTF-16 without NUL, at most {@link AUDIT_STRING_LIMIT} characters.
 */
export function auditText(value: string): string {
  const storable = replaceUnstorableText(value, REPLACEMENT);
  if (storable.length <= AUDIT_STRING_LIMIT) return storable;
  // Never cut between the two halves of a surrogate pair.
  let end = AUDIT_STRING_LIMIT;
  if (/[\ud800-\udbff]/.test(storable.charAt(end - 1))) end -= 1;
  return `${storable.slice(0, end)}…[${storable.length} chars]`;
}

/** `auditText` for optional columns. */
export function auditTextOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : auditText(String(value));
}

/**
 * The details as a JSON value that round-trips through `jsonb` unchanged: strings (keys too) normalised, values JSON
 * cannot hold (undefined, functions, non-finite numbers) dropped or made null as `JSON.stringify` would, depth bounded.
 */
export function auditJson(value: unknown, depth = 0): unknown {
  if (value === null) return null;
  if (typeof value === 'string') return auditText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'object') return undefined;
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) return value.map((item) => auditJson(item, depth + 1) ?? null);
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const normalised = auditJson(item, depth + 1);
    if (normalised !== undefined) result[auditText(key)] = normalised;
  }
  return result;
}
