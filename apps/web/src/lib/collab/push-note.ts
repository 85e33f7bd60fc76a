import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { collabUrl } from './note-connection';
import { noteCopyName } from './note-copies';
import { noteTextOf } from './note-text';

const CHECK_EVERY_MS = 500;
const CHECKS = 40;

/**
 * Sends the copy of a note kept on this computer to the server without an open editor (a note written offline
 * whose screen was left before the network came back): connects, syncs, and stays until the server's text of the
 * note (`readServerText`) holds every line written here (colleagues may have added theirs), or gives up after a
 * while — the copy stays here and the next opening of the note sends it.
 */
export async function pushNoteCopy(
  noteId: string,
  readServerText: () => Promise<string | undefined>,
): Promise<boolean> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(noteCopyName(noteId), doc);
  let provider: WebsocketProvider | undefined;
  try {
    await persistence.whenSynced;
    provider = new WebsocketProvider(collabUrl(window.location), noteId, doc, { disableBc: true });
    for (let check = 0; check < CHECKS; check++) {
      await new Promise((resolve) => setTimeout(resolve, CHECK_EVERY_MS));
      if (!provider.synced) continue;
      if (holdsEveryLine(await readServerText().catch(() => undefined), noteTextOf(doc))) return true;
    }
    return false;
  } finally {
    provider?.destroy();
    await persistence.destroy();
    doc.destroy();
  }
}

/** Whether the server's text has every non-blank line of the local one. */
export function holdsEveryLine(serverText: string | undefined, localText: string): boolean {
  if (serverText === undefined) return false;
  const lines = new Set(serverText.split('\n'));
  return localText
    .split('\n')
    .filter((line) => line.trim() !== '')
    .every((line) => lines.has(line));
}
