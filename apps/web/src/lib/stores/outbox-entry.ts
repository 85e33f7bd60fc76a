import type { OfflineProblem } from '@hms/sdk/client';

/** A record the server named in a refusal (a likely duplicate): ids only. */
export interface RejectionCandidate {
  readonly id: string;
  readonly mrn: string;
}

/** Why the server refused a command, in the user's words, with per-field messages for a form. */
export interface Rejection {
  readonly status: number;
  readonly message: string;
  /** The server's code (`SLOT_TAKEN`), so a screen can offer the right way out. */
  readonly code?: string;
  readonly fieldErrors?: Readonly<Record<string, string>>;
  /** For `POSSIBLE_DUPLICATE`: the patients the registration may be. */
  readonly candidates?: readonly RejectionCandidate[];
  /** The server's problem as answered (codes and ids only): what a plugin's explanation of the refusal reads. */
  readonly problem?: OfflineProblem;
}

/** A command the server refused, as a screen lists it for the user to read and dismiss. */
export interface RefusedCommand {
  readonly entryId: string;
  readonly command: string;
  readonly rejection: Rejection;
}

/**
 * A command waiting in the browser: any plugin's command declared offline-capable, by its wire type, with the data
 * its handler takes. Its `id` is made here and is the command's idempotency key, so sending it twice (a lost answer,
 * a reload mid-send, two tabs) lands once. `waiting` entries are sent in order; `rejected` ones stay until the user
 * resolves them.
 */
export interface OutboxEntry<D = unknown> {
  readonly id: string;
  readonly command: string;
  readonly data: D;
  /**
   * What the queuing screen needs to show the entry before the server has it and that is not the command's data (a
   * problem's title, a slot's end): kept here, never sent.
   */
  readonly display?: unknown;
  readonly createdAt: string;
  readonly status: 'waiting' | 'rejected';
  readonly attempts: number;
  readonly rejection?: Rejection;
}
