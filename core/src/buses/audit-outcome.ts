import { ConflictError, ForbiddenError, InvariantViolation, NotFoundError, ValidationError } from '@hms/sdk';
import { UnauthenticatedError } from '../auth/unauthenticated-error';
import type { AuditOutcome } from '../audit/audit-entry';

/** How a failed access is recorded in the audit log. */
export function auditOutcomeOf(error: unknown): AuditOutcome {
  if (error instanceof ValidationError || error instanceof InvariantViolation) return 'invalid';
  if (error instanceof ForbiddenError) return 'denied';
  if (error instanceof UnauthenticatedError) return 'unauthenticated';
  if (error instanceof NotFoundError) return 'not-found';
  if (error instanceof ConflictError) return 'conflict';
  return 'error';
}

/** The patient ids an access touched, as declared by the handler; never lets a faulty declaration hide the access. */
export function auditedPatients(
  declare: ((input: never, result: never) => string | readonly string[] | undefined) | undefined,
  input: unknown,
  result: unknown,
): string[] {
  if (!declare) return [];
  try {
    const ids = declare(input as never, result as never);
    return ids === undefined ? [] : typeof ids === 'string' ? [ids] : [...ids];
  } catch {
    return [];
  }
}
