import type { ChartCommandKind } from './chart-command-kinds';
import { inStore, newId, OUTBOX_STORE } from './idb';

/** The kinds of command the client can queue; each has a sender in commands.ts. */
export type CommandKind =
  | 'patient.register'
  | 'appointment.book'
  | 'appointment.check-in'
  | 'appointment.no-show'
  | 'appointment.cancel'
  | 'stay.admit'
  | 'stay.transfer'
  | 'stay.discharge'
  | ChartCommandKind
  | 'note.create';

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
}

/** A command the server refused, as a screen lists it for the user to read and dismiss. */
export interface RefusedCommand {
  readonly entryId: string;
  readonly kind: CommandKind;
  readonly rejection: Rejection;
}

/**
 * A command waiting in the browser. Its `id` is made here and sent as `Idempotency-Key`, so sending it twice (a
 * lost answer, a reload mid-send) registers it once. `waiting` entries are sent in order; `rejected` ones stay
 * until the user corrects or discards them.
 */
export interface OutboxEntry<P = unknown> {
  readonly id: string;
  readonly kind: CommandKind;
  readonly payload: P;
  readonly createdAt: string;
  readonly status: 'waiting' | 'rejected';
  readonly attempts: number;
  readonly rejection?: Rejection;
}

/** What happened when one entry was sent. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly result?: unknown }
  | { readonly kind: 'rejected'; readonly rejection: Rejection }
  | { readonly kind: 'retry' };

export interface FlushReport {
  readonly sent: readonly { entry: OutboxEntry; result?: unknown }[];
  readonly rejected: readonly OutboxEntry[];
  /** True when an entry could not be sent now (offline, server down); later entries were not tried. */
  readonly stopped: boolean;
}

type Listener = (entries: readonly OutboxEntry[]) => void;

/** The outbox, kept in IndexedDB so it survives reloads and closing the browser while offline. */
export class Outbox {
  private readonly listeners = new Set<Listener>();
  private flushing: Promise<FlushReport> | undefined;

  constructor(private readonly db: () => Promise<IDBDatabase>) {}

  async enqueue<P>(kind: CommandKind, payload: P, now: Date = new Date()): Promise<OutboxEntry<P>> {
    const entry: OutboxEntry<P> = {
      id: newId(),
      kind,
      payload,
      createdAt: now.toISOString(),
      status: 'waiting',
      attempts: 0,
    };
    await this.put(entry);
    return entry;
  }

  /** Every entry, oldest first. */
  async list(): Promise<OutboxEntry[]> {
    const entries = await inStore(
      await this.db(),
      OUTBOX_STORE,
      'readonly',
      (s) => s.getAll() as IDBRequest<OutboxEntry[]>,
    );
    return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    return inStore(await this.db(), OUTBOX_STORE, 'readonly', (s) => s.get(id) as IDBRequest<OutboxEntry | undefined>);
  }

  async remove(id: string): Promise<void> {
    await inStore(await this.db(), OUTBOX_STORE, 'readwrite', (s) => s.delete(id));
    await this.notify();
  }

  async clear(): Promise<void> {
    await inStore(await this.db(), OUTBOX_STORE, 'readwrite', (s) => s.clear());
    await this.notify();
  }

  /** Calls `listener` with the entries now and after every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    void this.list().then(listener, () => undefined);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends the waiting entries in order with `send`. Sent ones leave the outbox, rejected ones stay marked with the
   * reason; at the first entry that cannot be sent now, it stops (the order of commands is kept). One flush at a
   * time: a call during a flush gets that flush's report.
   */
  flush(send: (entry: OutboxEntry) => Promise<SendOutcome>): Promise<FlushReport> {
    this.flushing ??= this.flushOnce(send).finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async flushOnce(send: (entry: OutboxEntry) => Promise<SendOutcome>): Promise<FlushReport> {
    const sent: { entry: OutboxEntry; result?: unknown }[] = [];
    const rejected: OutboxEntry[] = [];
    for (const entry of await this.list()) {
      if (entry.status !== 'waiting') continue;
      let outcome: SendOutcome;
      try {
        outcome = await send(entry);
      } catch {
        outcome = { kind: 'retry' };
      }
      if (outcome.kind === 'retry') {
        await this.put({ ...entry, attempts: entry.attempts + 1 });
        return { sent, rejected, stopped: true };
      }
      if (outcome.kind === 'sent') {
        await this.remove(entry.id);
        sent.push({ entry, result: outcome.result });
      } else {
        const marked: OutboxEntry = {
          ...entry,
          status: 'rejected',
          attempts: entry.attempts + 1,
          rejection: outcome.rejection,
        };
        await this.put(marked);
        rejected.push(marked);
      }
    }
    return { sent, rejected, stopped: false };
  }

  private async put(entry: OutboxEntry): Promise<void> {
    await inStore(await this.db(), OUTBOX_STORE, 'readwrite', (s) => s.put(entry));
    await this.notify();
  }

  private async notify(): Promise<void> {
    if (this.listeners.size === 0) return;
    const entries = await this.list();
    for (const listener of this.listeners) listener(entries);
  }
}
