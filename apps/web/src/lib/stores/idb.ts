/** The browser database of this client: the outbox of commands and the copies of what the user opened. */
export const DB_NAME = 'hms';
const DB_VERSION = 2;
export const OUTBOX_STORE = 'outbox';
export const PATIENTS_STORE = 'patients';
/** Copies of the charts opened on this computer (version 2). */
export const CHARTS_STORE = 'charts';

/** Opens (creating or upgrading) the database. */
export function openDatabase(name: string = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name, DB_VERSION);
    opening.onupgradeneeded = () => {
      const db = opening.result;
      if (!db.objectStoreNames.contains(OUTBOX_STORE)) db.createObjectStore(OUTBOX_STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(PATIENTS_STORE)) db.createObjectStore(PATIENTS_STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(CHARTS_STORE)) db.createObjectStore(CHARTS_STORE, { keyPath: 'id' });
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('IndexedDB could not be opened'));
  });
}

/** Runs one request in its own transaction and resolves when the transaction has committed. */
export function inStore<T>(
  db: IDBDatabase,
  store: string,
  mode: IDBTransactionMode,
  act: (objects: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const request = act(tx.objectStore(store));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** A new random id (UUID v4). `crypto.randomUUID` exists only on https or localhost; wards often use plain http. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
