/**
 * Which notes have an editor open in this tab (their own connection sends what is written in them), and the event
 * an open note raises each time its connection is in sync with the server again. No Yjs here: the shell's sync
 * loop reads it without loading the editor's libraries.
 */
export const NOTE_SYNCED = 'hms:note-synced';

const openNotes = new Set<string>();

export const isNoteOpen = (noteId: string): boolean => openNotes.has(noteId);
export const noteOpened = (noteId: string): void => void openNotes.add(noteId);
export const noteClosed = (noteId: string): void => void openNotes.delete(noteId);
