import type { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/**
 * Follows whether every change to a note's document is stored in its copy on this computer.
 *
 * y-indexeddb writes each change in a transaction of its own, one after another, and under load they can trail
 * typing by many keystrokes; a page that is left (reloaded, closed) aborts the ones still queued, so the copy
 * would lose the end of what was typed. A read-only transaction on the same store starts only after every write
 * queued before it has committed, so its completion says they are all stored. One such check is in flight at a
 * time: a keystroke that comes during it is covered by the next.
 */
export class LocalWrites {
  private changes = 0;
  private stored = 0;
  private checking = false;
  private stopped = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly persistence: IndexeddbPersistence,
  ) {
    // Registered after the persistence's own listener, so each change's write is queued before its check.
    doc.on('update', this.changed);
  }

  /** True while a change made here may not be in the copy on this computer yet. */
  get pending(): boolean {
    return this.stored < this.changes;
  }

  stop(): void {
    this.stopped = true;
    this.doc.off('update', this.changed);
  }

  private readonly changed = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.persistence) return; // read from the copy: already stored
    this.changes += 1;
    if (!this.checking) void this.check();
  };

  private async check(): Promise<void> {
    this.checking = true;
    try {
      // Before the copy is open, changes are written with the document's whole state as it opens.
      await this.persistence.whenSynced;
      while (!this.stopped && this.pending) {
        const covered = this.changes;
        await queuedWritesDone(this.persistence.db);
        this.stored = covered;
      }
    } finally {
      this.checking = false;
    }
  }
}

/** Resolves once every write transaction on the updates store queued before this call has committed. */
function queuedWritesDone(db: IDBDatabase | null): Promise<void> {
  return new Promise((resolve) => {
    let transaction: IDBTransaction;
    try {
      if (!db) return resolve();
      transaction = db.transaction('updates', 'readonly');
    } catch {
      return resolve(); // the copy was closed: nothing more will be stored
    }
    // A read-only transaction needs a request to run; counting is the cheapest.
    transaction.objectStore('updates').count();
    transaction.oncomplete = () => resolve();
    // Aborted (the copy was closed or deleted): nothing more will be stored, so nothing is waited for.
    transaction.onabort = () => resolve();
    transaction.onerror = () => resolve();
  });
}
