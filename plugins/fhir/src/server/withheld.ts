import { ForbiddenError } from '@hms/sdk';

/**
 * A refusal about a type rather than about the patient: the user lacks its permission, or the session's SMART
 * scopes do not reach it. A partial answer ($everything, $summary) leaves the type out and says so; a refusal
 * about the patient (no care relationship) refuses the whole answer instead.
 */
export function isWithheld(error: unknown): boolean {
  return error instanceof ForbiddenError && (error.code === 'PERMISSION_REQUIRED' || error.code === 'SCOPE_REQUIRED');
}
