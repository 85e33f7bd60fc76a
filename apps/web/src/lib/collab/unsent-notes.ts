import { clearUnsent, unsentNotes } from './note-copies';
import { pushNoteCopy } from './push-note';

/** What the background sender needs to know of a note on the server. */
export interface ServerNote {
  /** The note's text on the server; `undefined` when the server cannot be asked (offline). */
  readonly text?: string;
  /** Signed: the server refuses changes, and the note's screen offers the kept words to copy instead. */
  readonly signed: boolean;
  /** The server does not know the note (deleted, or another site's). */
  readonly gone: boolean;
}

let running: Promise<void> | undefined;

/**
 * Sends each listed note that no editor has open (an open editor sends its own), one at a time; a call while a
 * run is under way joins it. A note that is signed or gone leaves the list: nothing here can send it, and its
 * screen says what became of the words.
 */
export function sendUnsentNotes(isOpen: (noteId: string) => boolean, readServer: (noteId: string) => Promise<ServerNote>): Promise<void> {
  // Cleared in `finally`, which always runs after this assignment, even when there was nothing to send.
  running ??= sendEach(isOpen, readServer).finally(() => {
    running = undefined;
  });
  return running;
}

async function sendEach(isOpen: (noteId: string) => boolean, readServer: (noteId: string) => Promise<ServerNote>): Promise<void> {
  for (const noteId of unsentNotes()) {
    if (isOpen(noteId)) continue;
    const before = await readServer(noteId);
    if (before.signed || before.gone) {
      clearUnsent(noteId);
      continue;
    }
    if (before.text === undefined) return; // offline again: try at the next chance
    if (await pushNoteCopy(noteId, async () => (await readServer(noteId)).text)) clearUnsent(noteId);
  }
}
