/**
 * The error vocabulary shared by plugins and the kernel. The kernel's one HTTP filter maps each class to an
 * RFC 9457 problem+json answer; plugins add codes (listed in their `errors.ts`), not classes.
 *
 * Messages and `details` carry ids only, never names, diagnoses or note text: they reach logs and clients.
 */
export type ErrorDetails = Readonly<Record<string, unknown>>;

/**
 * Base of every error the platform understands.
 * @example
 * throw new InvariantViolation('BED_OCCUPIED', { bedId });
 */
export class HmsError extends Error {
  /** HTTP status the kernel answers with. */
  readonly status: number = 500;

  constructor(
    readonly code: string,
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown; message?: string },
  ) {
    super(options?.message ?? code, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }
}

/** One invalid field of an input: `path` is the dotted location (`birthDate`, `contacts.0.phone`). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
  /**
   * The message in the server's other languages, by locale (`pt-BR`), when the server can word it there: zod's own
   * messages are. A problem answer picks the reader's; the English `message` stays the default. Since SDK 2.10.
   */
  readonly translations?: Readonly<Partial<Record<string, string>>>;
}

/**
 * The input does not match its schema (400).
 * @example
 * throw new ValidationError([{ path: 'birthDate', message: 'Expected a date as YYYY-MM-DD' }]);
 */
export class ValidationError extends HmsError {
  override readonly status = 400;
  constructor(
    readonly issues: readonly FieldIssue[],
    code = 'VALIDATION_FAILED',
  ) {
    super(code, { issues }, { message: issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ') });
  }
}

/**
 * The actor lacks a permission (403).
 * @example
 * throw new ForbiddenError('PERMISSION_REQUIRED', { permission: 'patient:record:write' });
 */
export class ForbiddenError extends HmsError {
  override readonly status = 403;
}

/**
 * The thing asked for does not exist (404).
 * @example
 * throw new NotFoundError('PATIENT_NOT_FOUND', { patientId });
 */
export class NotFoundError extends HmsError {
  override readonly status = 404;
}

/**
 * The request conflicts with the current state, including a stale expected version (409).
 * @example
 * throw new ConflictError('VERSION_CONFLICT', { streamId, expectedVersion, actualVersion });
 */
export class ConflictError extends HmsError {
  override readonly status = 409;
}

/**
 * A business rule refuses the command (422).
 * @example
 * throw new InvariantViolation('PATIENT_DECEASED', { patientId });
 */
export class InvariantViolation extends HmsError {
  override readonly status = 422;
}

/** The code of a stale expected version, raised by the event store and retried once by the kernel. */
export const VERSION_CONFLICT = 'VERSION_CONFLICT';

/**
 * Exhaustiveness guard for switches over discriminated unions.
 * @example
 * default: return assertNever(command);
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
