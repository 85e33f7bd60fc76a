import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { storedIds } from './stored-ids';
import { clearUnsent, forgetUnsent } from './unsent-list';

/**
 * The notes kept on this computer (each a y-indexeddb database named after the note). Their names are listed, so
 * signing out of a shared ward computer can delete every one of them; the list holds ids only.
 */
const KEPT = 'hms.notes.kept';

export const noteCopyName = (noteId: string): string => `hms-note:${noteId}`;

const kept = (): string[] => storedIds(KEPT);

export function rememberNoteCopy(noteId: string): void {
  const ids = kept();
  if (!ids.includes(noteId)) localStorage.setItem(KEPT, JSON.stringify([...ids, noteId]));
}

/** Deletes one note's copy (after it was moved to its server id, or when the server's copy must win). */
export async function deleteNoteCopy(noteId: string): Promise<void> {
  await deleteDatabase(noteCopyName(noteId));
  localStorage.setItem(KEPT, JSON.stringify(kept().filter((id) => id !== noteId)));
  clearUnsent(noteId);
}

/** Deletes every note kept on this computer (at sign-out). */
export async function deleteAllNoteCopies(): Promise<void> {
  await Promise.all(kept().map((id) => deleteDatabase(noteCopyName(id)).catch(() => undefined)));
  localStorage.removeItem(KEPT);
  forgetUnsent();
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onblocked = () => resolve(); // deleted once the open copy closes
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not delete the note copy'));
  });
}

/** Loads the copy of a note kept on this computer into a new document (empty when there is none). */
export async function readNoteCopy(noteId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(noteCopyName(noteId), doc);
  await persistence.whenSynced;
  await persistence.destroy();
  return doc;
}

/**
 * A note written before the server knew it (created offline) is kept under the command's id. Once the server has
 * made the note, its text moves to the note's own copy, from where the editor's sync sends it to the server.
 * Merging (not copying over) keeps anything already in the note's copy.
 */
export async function moveNoteCopy(fromId: string, toId: string): Promise<void> {
  const from = await readNoteCopy(fromId);
  try {
    rememberNoteCopy(toId);
    const to = new Y.Doc();
    const persistence = new IndexeddbPersistence(noteCopyName(toId), to);
    await persistence.whenSynced;
    Y.applyUpdate(to, Y.encodeStateAsUpdate(from));
    await persistence.destroy(); // y-indexeddb stores each update as it happens; destroy waits for nothing pending
    to.destroy();
  } finally {
    from.destroy();
  }
  await deleteNoteCopy(fromId);
}
