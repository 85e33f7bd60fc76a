import {
  ConflictError,
  ForbiddenError,
  InvariantViolation,
  NotFoundError,
  ValidationError,
  type Schema,
} from '@hms/sdk';
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

/**
 * The caller's input once it passed the message's schema, or `undefined`. A refused access is audited with what it
 * asked for only when that is valid input: raw input (any string an anonymous caller sends) never reaches the log.
 */
export function validatedInput(schema: Schema, input: unknown): unknown {
  const parsed = schema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}

/** The patient ids an access touched, as declared by the handler; never lets a faulty declaration hide the access. */
export function auditedPatients(
  declare: ((input: never, result: never) => string | readonly string[] | undefined) | undefined,
  input: unknown,
  result: unknown,
): string[] {
  if (!declare) return [];
  try {
    if (input === undefined) return [];
    const ids = declare(input as never, result as never);
    const list: readonly unknown[] = ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
    return list.filter((id): id is string => typeof id === 'string' && id !== '');
  } catch {
    return [];
  }
}
