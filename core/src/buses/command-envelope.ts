import type { Actor } from '@hms/sdk';

/** A command as it reaches the kernel, before validation: from HTTP, a job, the CLI or a test. */
export interface CommandEnvelope {
  readonly type: string;
  readonly data: unknown;
  readonly actor: Actor;
  /** The client's id for this command (the `Idempotency-Key`); generated when absent. */
  readonly commandId?: string;
  readonly correlationId: string;
  /** Where the request came from (an IP address), for the audit log. */
  readonly source: string | null;
  /**
   * When the command is taken to happen (default: the kernel's clock). Only in-process callers set it: the seed,
   * replaying a demo hospital's past. No route sets it, so no client can back-date a command.
   */
  readonly at?: Date;
}

/** A query as it reaches the kernel, before validation. */
export interface QueryEnvelope {
  readonly type: string;
  readonly params: unknown;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly source: string | null;
}
