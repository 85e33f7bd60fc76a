/**
 * A NUL, or half of a UTF-16 surrogate pair without its other half: PostgreSQL stores neither as given (`text`
 * refuses NUL, `jsonb` refuses `\u0000` and unpaired surrogates, and the driver's UTF-8 encoding turns a lone
 * surrogate into U+FFFD). The input guard refuses such strings at the edge; the audit log stores them replaced.
 */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point of this pattern
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** Whether a string holds a character PostgreSQL cannot store as given. */
export function hasUnstorableText(value: string): boolean {
  return UNSTORABLE.test(value);
}

/** The string with every such character replaced, so what is stored is what was hashed or shown. */
export function replaceUnstorableText(value: string, replacement: string): string {
  return value.replace(UNSTORABLE_ALL, replacement);
}
