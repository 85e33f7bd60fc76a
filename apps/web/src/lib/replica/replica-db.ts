import type { Sealed } from './replica-crypto';

/**
 * The replicas' own browser database, apart from the outbox's (`hms`): it is wiped whole on sign-out, and its
 * versions move independently. Two stores: the session's key (one CryptoKey) and the sealed copies.
 */
export const REPLICA_DB_NAME = 'hms-replica';
const VERSION = 1;
const KEYS = 'keys';
const COPIES = 'copies';

/** A stored copy: a hashed id and everything else sealed. */
export interface StoredCopy {
  readonly id: string;
  readonly sealed: Sealed;
}

export class ReplicaDatabase {
  private opened: Promise<IDBDatabase> | undefined;

  constructor(private readonly name: string = REPLICA_DB_NAME) {}

  readKey(): Promise<CryptoKey | undefined> {
    return this.run(KEYS, 'readonly', (s) => s.get('session') as IDBRequest<CryptoKey | undefined>);
  }

  async writeKey(key: CryptoKey): Promise<void> {
    await this.run(KEYS, 'readwrite', (s) => s.put(key, 'session'));
  }

  readCopy(id: string): Promise<StoredCopy | undefined> {
    return this.run(COPIES, 'readonly', (s) => s.get(id) as IDBRequest<StoredCopy | undefined>);
  }

  allCopies(): Promise<StoredCopy[]> {
    return this.run(COPIES, 'readonly', (s) => s.getAll() as IDBRequest<StoredCopy[]>);
  }

  async writeCopy(copy: StoredCopy): Promise<void> {
    await this.run(COPIES, 'readwrite', (s) => s.put(copy));
  }

  async deleteCopy(id: string): Promise<void> {
    await this.run(COPIES, 'readwrite', (s) => s.delete(id));
  }

  /** Deletes the whole database: copies and key (sign-out, session ended, another account signed in). */
  async wipe(): Promise<void> {
    const db = await this.opened?.catch(() => undefined);
    db?.close();
    this.opened = undefined;
    await new Promise<void>((resolve, reject) => {
      const deleting = indexedDB.deleteDatabase(this.name);
      deleting.onsuccess = () => resolve();
      deleting.onerror = () => reject(deleting.error ?? new Error('The replica database could not be deleted'));
      deleting.onblocked = () => resolve(); // deleted as soon as the other tab lets go; nothing more can be read
    });
  }

  private database(): Promise<IDBDatabase> {
    return (this.opened ??= new Promise((resolve, reject) => {
      const opening = indexedDB.open(this.name, VERSION);
      opening.onupgradeneeded = () => {
        const db = opening.result;
        if (!db.objectStoreNames.contains(KEYS)) db.createObjectStore(KEYS);
        if (!db.objectStoreNames.contains(COPIES)) db.createObjectStore(COPIES, { keyPath: 'id' });
      };
      opening.onsuccess = () => {
        // Another tab signing out deletes the database: let it, and open afresh next time.
        opening.result.onversionchange = () => {
          opening.result.close();
          this.opened = undefined;
        };
        resolve(opening.result);
      };
      opening.onerror = () => reject(opening.error ?? new Error('IndexedDB could not be opened'));
    }));
  }

  private async run<T>(
    store: string,
    mode: IDBTransactionMode,
    act: (objects: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    const db = await this.database();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const request = act(tx.objectStore(store));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  }
}
