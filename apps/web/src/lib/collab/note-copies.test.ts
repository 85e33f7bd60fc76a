import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { deleteAllNoteCopies, moveNoteCopy, noteCopyName, readNoteCopy, rememberNoteCopy } from './note-copies';
import { NOTE_FRAGMENT } from './note-schema';
import { noteTextOf } from './note-text';

/** The browser's localStorage (Node has none): a plain in-memory one, as the browser keeps it per origin. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
  removeItem = (key: string): void => void this.items.delete(key);
}

/** Writes a paragraph into the copy of `noteId` kept in IndexedDB, as the editor does while typing. */
async function writeCopy(noteId: string, paragraphs: string[], into = new Y.Doc()): Promise<Y.Doc> {
  const persistence = new IndexeddbPersistence(noteCopyName(noteId), into);
  await persistence.whenSynced;
  for (const words of paragraphs) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(words)]);
    into.getXmlFragment(NOTE_FRAGMENT).push([paragraph]);
  }
  await persistence.destroy();
  return into;
}

let n = 0;
const ids = () => ({ entryId: `entry-${++n}`, noteId: `note-${n}` });

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('notes kept on this computer', () => {
  it('keeps what was typed across a reload', async () => {
    const { noteId } = ids();
    await writeCopy(noteId, ['Written on the ward.']);
    expect(noteTextOf(await readNoteCopy(noteId))).toBe('Written on the ward.');
  });

  it('moves a note written before the server knew it to the note the server made, and forgets the old copy', async () => {
    const { entryId, noteId } = ids();
    await writeCopy(entryId, ['Started offline.', 'Second line.']);
    await moveNoteCopy(entryId, noteId);
    expect(noteTextOf(await readNoteCopy(noteId))).toBe('Started offline.\nSecond line.');
    expect(noteTextOf(await readNoteCopy(entryId))).toBe('');
  });

  it('merges into what the note already holds instead of replacing it, each text once', async () => {
    const { entryId, noteId } = ids();
    const offline = await writeCopy(entryId, ['Typed offline.']);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(offline)); // the same edits already reached the note's copy once
    await writeCopy(noteId, ['Typed by a colleague.'], server);
    await moveNoteCopy(entryId, noteId);
    expect(noteTextOf(await readNoteCopy(noteId)).split('\n')).toEqual(['Typed offline.', 'Typed by a colleague.']);
  });

  it('deletes every kept note at sign-out', async () => {
    const first = ids();
    const second = ids();
    await writeCopy(first.noteId, ['One.']);
    await moveNoteCopy(first.noteId, second.noteId); // remembered under both ids along the way
    await writeCopy(first.noteId, ['Two.']);
    rememberNoteCopy(first.noteId);
    await deleteAllNoteCopies();
    expect(noteTextOf(await readNoteCopy(first.noteId))).toBe('');
    expect(noteTextOf(await readNoteCopy(second.noteId))).toBe('');
    expect(localStorage.getItem('hms.notes.kept')).toBeNull();
  });
});
