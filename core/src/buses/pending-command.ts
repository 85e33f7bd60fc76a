import type { CommandMeta, CommandRegistration } from '@hms/sdk';
import type { AccessBasis } from '../access/care-access';
import type { CommandEnvelope } from './command-envelope';

/** How a queued command ended: its result, or a duplicate of an id another run already committed. */
export type CommandOutcome = { readonly kind: 'done'; readonly result: unknown } | { readonly kind: 'duplicate' };

/** A validated, authorised command waiting for (or inside) a batch. */
export interface PendingCommand {
  readonly plugin: string;
  readonly registration: CommandRegistration;
  readonly envelope: CommandEnvelope;
  readonly data: unknown;
  /** What the handler's `prepare` read before the command joined a batch. */
  readonly prepared: unknown;
  readonly meta: CommandMeta;
  readonly fingerprint: string;
  /**
   * The ground of a clinical access when the input named the patient and it was checked before the batch;
   * `undefined` leaves the check to the batch, on the patient the handler reports (or the access is not clinical).
   */
  access: AccessBasis | undefined;
  /** 1 on the first run; a version conflict found on write earns one more. */
  attempt: number;
  settle(outcome: CommandOutcome): void;
  fail(error: unknown): void;
}
