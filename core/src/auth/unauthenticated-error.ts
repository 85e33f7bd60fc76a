import { HmsError } from '@hms/sdk';

/**
 * No valid session or token (401). The kernel's own: authentication happens before a plugin's handler runs, so no
 * plugin throws it.
 */
export class UnauthenticatedError extends HmsError {
  override readonly status = 401;
}
