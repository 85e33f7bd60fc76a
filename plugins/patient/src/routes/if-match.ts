import { ValidationError } from '@hms/sdk';
import { INVALID_IF_MATCH } from '../errors';

const VERSION_TAG = /^(?:W\/)?"(\d{1,9})"$|^(\d{1,9})$/;

/**
 * The version an `If-Match` header names: `"3"`, `W/"3"` or a bare `3`. No header, or `*` (any current
 * version), sets no condition. Anything else is a 400, not a silently unconditional write.
 */
export function expectedVersionFromIfMatch(header: string | string[] | undefined): number | undefined {
  const value = (Array.isArray(header) ? header.join(',') : header)?.trim();
  if (value === undefined || value === '' || value === '*') return undefined;
  const match = VERSION_TAG.exec(value);
  if (match === null) {
    throw new ValidationError(
      [{ path: 'If-Match', message: 'Expected the ETag of one version, e.g. "3"' }],
      INVALID_IF_MATCH,
    );
  }
  return Number(match[1] ?? match[2]);
}
