/**
 * Commands a plugin's screens queue while offline (SDK 2.9): how the shell's outbox and sync list describe a waiting
 * command, and how it explains and resolves a refusal, in the plugin's own words. The server side is the command's
 * `defineCommand(type, schema, { offline: true })`; this is the client side of the same command.
 */

/** How a refusal may be resolved; the shell offers these as buttons, in this order. */
export type OfflineChoice =
  /** Open the plugin's screen with the command's data to change it and queue it again (the form comes back filled). */
  | 'retry-with-changes'
  /** Open the plugin's screen to choose another target (another slot, another bed), the old entry discarded. */
  | 'pick-another'
  /** Drop the entry: the user accepts that it will not happen. */
  | 'discard'
  /** Send the same entry again (the refusal was about something that may have changed since: a permission, a lock). */
  | 'retry';

/** A refusal as the server answered it for one queued command: the RFC 9457 problem (ids and codes only). */
export interface OfflineProblem {
  readonly status: number;
  readonly code: string;
  readonly title?: string;
  readonly detail?: string;
  /** The error's details (ids and non-patient data only), e.g. `{ remaining: 3 }` when the stock ran out. */
  readonly details?: Readonly<Record<string, unknown>>;
  readonly errors?: readonly { readonly path: string; readonly message: string }[];
}

/** How one refusal code is explained and resolved. */
export interface OfflineRefusal<K extends string = string, D = unknown> {
  /** The plugin's message key for the plain-words explanation, called with `values(problem, data)`. */
  readonly message: K;
  // Methods, not function properties: a command's own data type still fits the shell's list of any command.
  values?(problem: OfflineProblem, data: D): readonly unknown[];
  readonly choices: readonly OfflineChoice[];
  /** Where `retry-with-changes` and `pick-another` lead: a screen of the app, with ids only in the URL. */
  href?(data: D, problem: OfflineProblem, entryId: string): string;
}

/** The client side of one offline-capable command. */
export interface OfflineCommand<K extends string = string, D = unknown> {
  /** The command's wire type, `'patient.RegisterPatient'`. */
  readonly command: string;
  /** How the waiting command is named in the outbox and the sync list: a message key and its values. */
  readonly label: K;
  values?(data: D): readonly unknown[];
  /** Explanations by the server's problem code (`SLOT_TAKEN`); `default` for every other code. */
  readonly refusals?: Readonly<Record<string, OfflineRefusal<K, D>>>;
  /**
   * Runs in the browser once the server did the command (however long after it was queued), with the handler's
   * result: keep what it made for offline use, move work done under the entry's id to the new record's id.
   */
  onDone?(result: unknown, data: D, entryId: string): void | Promise<void>;
}

/** What happened to a command given to `context.queue`. */
export type QueueAnswer =
  | { readonly status: 'sent'; readonly id: string; readonly result: unknown }
  | { readonly status: 'waiting'; readonly id: string }
  | { readonly status: 'refused'; readonly id: string; readonly problem: OfflineProblem };

/** A command in this browser's outbox, as a screen overlays it on what the server last said. */
export interface PendingCommand<D = unknown> {
  readonly id: string;
  readonly command: string;
  readonly data: D;
  /** When it was queued (ISO 8601). */
  readonly createdAt: string;
  readonly status: 'waiting' | 'refused';
  readonly problem?: OfflineProblem;
}

/** Which waiting commands a screen overlays. */
export interface PendingFilter {
  readonly commands: readonly string[];
}

export interface QueueOptions {
  /** The entry's id (a UUID) when the screen made it beforehand (a note's local id); made by the shell otherwise. */
  readonly id?: string;
}
