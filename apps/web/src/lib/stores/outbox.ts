import { newId, OUTBOX_STORE } from './idb';
import { isLegacyEntry, fromLegacyEntry } from './legacy-outbox';
import type { OutboxEntry, Rejection } from './outbox-entry';

// The entry's shape has its own file (the upgrade of old entries reads it too); screens import it from here.
export type { OutboxEntry, RefusedCommand, Rejection, RejectionCandidate } from './outbox-entry';

/** What happened when one entry was sent. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly result?: unknown }
  | { readonly kind: 'rejected'; readonly rejection: Rejection }
  | { readonly kind: 'retry' };

/** Sends entries in one call and answers one outcome per entry, in their order; throws when no answer came. */
export type BatchSender = (entries: readonly OutboxEntry[]) => Promise<readonly SendOutcome[]>;

export interface FlushReport {
  readonly sent: readonly { entry: OutboxEntry; result?: unknown }[];
  readonly rejected: readonly OutboxEntry[];
  /** True when an entry could not be sent now (offline, server down); later entries were not tried. */
  readonly stopped: boolean;
}

export interface EnqueueOptions {
  /** The entry's id, when the screen made it first (a note written under it); a new UUID otherwise. */
  readonly id?: string;
  readonly display?: unknown;
  readonly now?: Date;
}

type Listener = (entries: readonly OutboxEntry[]) => void;

/** Entries per call to the server: the kernel takes at most 200. */
export const SEND_BATCH = 200;

/** The outbox, kept in IndexedDB so it survives reloads and closing the browser while offline. */
export class Outbox {
  private readonly listeners = new Set<Listener>();
  private flushing: Promise<FlushReport> | undefined;

  constructor(private readonly db: () => Promise<IDBDatabase>) {}

  async enqueue<D>(command: string, data: D, options: EnqueueOptions = {}): Promise<OutboxEntry<D>> {
    const entry: OutboxEntry<D> = {
      id: options.id ?? newId(),
      command,
      data,
      ...(options.display === undefined ? {} : { display: options.display }),
      createdAt: (options.now ?? new Date()).toISOString(),
      status: 'waiting',
      attempts: 0,
    };
    await this.write([entry], []);
    return entry;
  }

  /**
   * Every entry, oldest first. Entries queued by a client older than the generic outbox (a command kind and an HTTP
   * body) are rewritten as commands the first time they are read, so nothing queued before an upgrade is lost.
   */
  async list(): Promise<OutboxEntry[]> {
    const stored = await this.all();
    const legacy = stored.filter(isLegacyEntry);
    const entries =
      legacy.length === 0 ? (stored as OutboxEntry[]) : await this.upgrade(stored, legacy.map(fromLegacyEntry));
    return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    return (await this.list()).find((e) => e.id === id);
  }

  async remove(id: string): Promise<void> {
    await this.write([], [id]);
  }

  /** Puts a refused entry back in the queue, as it was (the user chose to try it again): its id is kept. */
  async retry(id: string): Promise<void> {
    const entry = await this.get(id);
    if (!entry || entry.status !== 'rejected') return;
    const { rejection: _dropped, ...rest } = entry;
    await this.write([{ ...rest, status: 'waiting' }], []);
  }

  async clear(): Promise<void> {
    await this.transact((store) => store.clear());
    await this.notify();
  }

  /** Calls `listener` with the entries now and after every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    void this.list().then(listener, () => undefined);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends the waiting entries in order, up to {@link SEND_BATCH} per call. Sent ones leave the outbox, rejected
   * ones stay marked with the reason; at the first entry that cannot be sent now, it stops (the order of commands is
   * kept: later entries wait for it). One flush at a time: a call during a flush gets that flush's report.
   */
  flush(send: BatchSender): Promise<FlushReport> {
    this.flushing ??= this.flushOnce(send).finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async flushOnce(send: BatchSender): Promise<FlushReport> {
    const sent: { entry: OutboxEntry; result?: unknown }[] = [];
    const rejected: OutboxEntry[] = [];
    const done = new Set<string>();
    for (;;) {
      const batch = (await this.list()).filter((e) => e.status === 'waiting' && !done.has(e.id)).slice(0, SEND_BATCH);
      if (batch.length === 0) return { sent, rejected, stopped: false };
      let outcomes: readonly SendOutcome[];
      try {
        outcomes = await send(batch);
      } catch {
        outcomes = [];
      }
      const puts: OutboxEntry[] = [];
      const deletes: string[] = [];
      let stopped = false;
      for (const [i, entry] of batch.entries()) {
        const outcome = outcomes[i] ?? { kind: 'retry' };
        if (outcome.kind === 'retry') {
          puts.push({ ...entry, attempts: entry.attempts + 1 });
          stopped = true;
          break;
        }
        done.add(entry.id);
        if (outcome.kind === 'sent') {
          deletes.push(entry.id);
          sent.push({ entry, result: outcome.result });
        } else {
          const marked: OutboxEntry = {
            ...entry,
            status: 'rejected',
            attempts: entry.attempts + 1,
            rejection: outcome.rejection,
          };
          puts.push(marked);
          rejected.push(marked);
        }
      }
      // One transaction per answered call, not one per entry: an hour's queue is written back in a few.
      await this.write(puts, deletes);
      if (stopped) return { sent, rejected, stopped: true };
    }
  }

  private async upgrade(stored: readonly unknown[], converted: readonly OutboxEntry[]): Promise<OutboxEntry[]> {
    await this.transact((store) => {
      let last: IDBRequest | undefined;
      for (const entry of converted) last = store.put(entry);
      return last ?? store.count();
    });
    const byId = new Map(converted.map((e) => [e.id, e]));
    return stored.map((e) => byId.get((e as { id: string }).id) ?? (e as OutboxEntry));
  }

  private async all(): Promise<unknown[]> {
    return this.transact((store) => store.getAll(), 'readonly');
  }

  private async write(puts: readonly OutboxEntry[], deletes: readonly string[]): Promise<void> {
    if (puts.length === 0 && deletes.length === 0) return;
    await this.transact((store) => {
      let last: IDBRequest | undefined;
      for (const entry of puts) last = store.put(entry);
      for (const id of deletes) last = store.delete(id);
      return last!;
    });
    await this.notify();
  }

  /** Runs `act` (any number of requests) in one transaction; resolves with the last request's result on commit. */
  private async transact<T>(
    act: (store: IDBObjectStore) => IDBRequest<T>,
    mode: IDBTransactionMode = 'readwrite',
  ): Promise<T> {
    const db = await this.db();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(OUTBOX_STORE, mode);
      const request = act(tx.objectStore(OUTBOX_STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  }

  private async notify(): Promise<void> {
    if (this.listeners.size === 0) return;
    const entries = await this.list();
    for (const listener of this.listeners) listener(entries);
  }
}
