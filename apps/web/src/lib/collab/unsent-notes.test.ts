import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { deleteAllNoteCopies, noteCopyName } from './note-copies';
import { NOTE_FRAGMENT } from './note-schema';
import { markUnsent, unsentNotes } from './unsent-list';
import { sendUnsentNotes, type ServerNote } from './unsent-notes';

/** The browser's localStorage (Node has none): a plain in-memory one. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
  removeItem = (key: string): void => void this.items.delete(key);
}

/** Writes paragraphs into the copy of `noteId` kept in IndexedDB, as the editor does while typing. */
async function writeCopy(noteId: string, paragraphs: string[]): Promise<void> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(noteCopyName(noteId), doc);
  await persistence.whenSynced;
  for (const words of paragraphs) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(words)]);
    doc.getXmlFragment(NOTE_FRAGMENT).push([paragraph]);
  }
  await persistence.destroy();
  doc.destroy();
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('writing done offline in notes no editor has open', () => {
  it('is listed once per note, and forgotten at sign-out', async () => {
    markUnsent('note-1');
    markUnsent('note-1');
    markUnsent('note-2');
    expect(unsentNotes()).toEqual(['note-1', 'note-2']);
    await deleteAllNoteCopies();
    expect(unsentNotes()).toEqual([]);
  });

  it('runs again after a run that had nothing to send', async () => {
    const asked: string[] = [];
    const readServer = async (id: string): Promise<ServerNote> => {
      asked.push(id);
      return { signed: false, gone: true };
    };
    await sendUnsentNotes(() => false, readServer);
    markUnsent('written-offline');
    await sendUnsentNotes(() => false, readServer);
    expect(asked).toEqual(['written-offline']);
  });

  it('leaves open notes to their editor until the server holds their lines, and drops signed or unknown notes', async () => {
    await writeCopy('open-sent', ['Written offline.']);
    await writeCopy('open-not-yet', ['Written offline too.']);
    for (const id of ['open-sent', 'open-not-yet', 'signed', 'gone']) markUnsent(id);
    const server: Record<string, ServerNote> = {
      'open-sent': { text: 'A colleague.\nWritten offline.', signed: false, gone: false },
      'open-not-yet': { text: 'A colleague.', signed: false, gone: false },
      signed: { text: 'Signed text.', signed: true, gone: false },
      gone: { signed: false, gone: true },
    };
    await sendUnsentNotes(
      (id) => id.startsWith('open'),
      async (id) => server[id]!,
    );
    expect(unsentNotes()).toEqual(['open-not-yet']);
  });

  it('stops at the first note the server cannot be asked about (offline again) and keeps every note listed', async () => {
    for (const id of ['a', 'b']) markUnsent(id);
    const asked: string[] = [];
    await sendUnsentNotes(
      () => false,
      async (id) => {
        asked.push(id);
        return { signed: false, gone: false };
      },
    );
    expect(asked).toEqual(['a']);
    expect(unsentNotes()).toEqual(['a', 'b']);
  });
});
