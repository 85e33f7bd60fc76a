import { storedIds } from './stored-ids';

/**
 * Notes with writing done on this computer that the server may not have yet (typed while the note's connection
 * was down), so that it is sent when the network is back even if the note is not opened again; a note leaves
 * the list once the server's text holds every line of the copy kept here. Ids only, in localStorage, and no Yjs:
 * the shell's sync indicator counts them without loading the editor's libraries.
 */
const UNSENT = 'hms.notes.unsent';

/** The window event the list's changes are announced with. */
const UNSENT_CHANGED = 'hms:unsent-notes-changed';

export const unsentNotes = (): string[] => storedIds(UNSENT);

export function markUnsent(noteId: string): void {
  const ids = unsentNotes();
  if (ids.includes(noteId)) return;
  localStorage.setItem(UNSENT, JSON.stringify([...ids, noteId]));
  announce();
}

export function clearUnsent(noteId: string): void {
  const ids = unsentNotes();
  if (!ids.includes(noteId)) return;
  localStorage.setItem(UNSENT, JSON.stringify(ids.filter((id) => id !== noteId)));
  announce();
}

/** Forgets the whole list (at sign-out, with the copies). */
export function forgetUnsent(): void {
  localStorage.removeItem(UNSENT);
  announce();
}

/** Calls `listener` whenever notes join or leave the list; answers the function that stops it. */
export function onUnsentNotesChanged(listener: () => void): () => void {
  window.addEventListener(UNSENT_CHANGED, listener);
  return () => window.removeEventListener(UNSENT_CHANGED, listener);
}

function announce(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(UNSENT_CHANGED));
}
