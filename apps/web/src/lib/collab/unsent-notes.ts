import { readNoteCopy } from './note-copies';
import { noteTextOf } from './note-text';
import { holdsEveryLine, pushNoteCopy } from './push-note';
import { clearUnsent, unsentNotes } from './unsent-list';

/** What the background sender needs to know of a note on the server. */
export interface ServerNote {
  /** The note's text on the server; `undefined` when the server cannot be asked (offline). */
  readonly text?: string;
  /** Signed: the server refuses changes, and the note's screen offers the kept words to copy instead. */
  readonly signed: boolean;
  /** The server does not know the note (deleted, or another site's). */
  readonly gone: boolean;
}

/** How often, and how far apart, an open note's lines are looked for on the server in one run. */
const OPEN_NOTE_CHECKS = 10;
const OPEN_NOTE_CHECK_EVERY_MS = 300;

let running: Promise<void> | undefined;

/**
 * Sends each listed note that no editor has open, one at a time; an open editor sends its own, and its note leaves
 * the list once the server holds every line of it. A call while a run is under way joins it. A note that is
 * signed or gone leaves the list: nothing here can send it, and its screen says what became of the words.
 */
export function sendUnsentNotes(
  isOpen: (noteId: string) => boolean,
  readServer: (noteId: string) => Promise<ServerNote>,
): Promise<void> {
  // Cleared in `finally`, which always runs after this assignment, even when there was nothing to send.
  running ??= sendEach(isOpen, readServer).finally(() => {
    running = undefined;
  });
  return running;
}

async function sendEach(
  isOpen: (noteId: string) => boolean,
  readServer: (noteId: string) => Promise<ServerNote>,
): Promise<void> {
  for (const noteId of unsentNotes()) {
    if (isOpen(noteId)) {
      // Its editor sends it (its sync has just begun, or is about to): once the server holds every line of the
      // copy kept here, the note is no longer waiting.
      if (await serverCatchesUp(noteId, readServer)) clearUnsent(noteId);
      continue;
    }
    const before = await readServer(noteId);
    if (before.signed || before.gone) {
      clearUnsent(noteId);
      continue;
    }
    if (before.text === undefined) return; // offline again: try at the next chance
    if (await pushNoteCopy(noteId, async () => (await readServer(noteId)).text)) clearUnsent(noteId);
  }
}

/** Checks a few times, a moment apart, whether the server's text holds every line of the note's copy here. */
async function serverCatchesUp(noteId: string, readServer: (noteId: string) => Promise<ServerNote>): Promise<boolean> {
  const local = noteTextOf(await readNoteCopy(noteId));
  for (let check = 0; check < OPEN_NOTE_CHECKS; check++) {
    if (check > 0) await new Promise((resolve) => setTimeout(resolve, OPEN_NOTE_CHECK_EVERY_MS));
    const { text } = await readServer(noteId);
    if (text === undefined) return false;
    if (holdsEveryLine(text, local)) return true;
  }
  return false;
}
