import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { LocalWrites } from './local-writes';
import { noteCopyName } from './note-copies';
import { NOTE_FRAGMENT } from './note-schema';
import { noteTextOf } from './note-text';

let n = 0;
const newNoteId = () => `local-writes-${++n}`;

function type(doc: Y.Doc, words: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(words)]);
  doc.getXmlFragment(NOTE_FRAGMENT).push([paragraph]);
}

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 1000 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 1));
  expect(condition()).toBe(true);
}

/** The copy as a later page load finds it. */
async function copyText(noteId: string): Promise<string> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(noteCopyName(noteId), doc);
  await persistence.whenSynced;
  await persistence.destroy();
  return noteTextOf(doc);
}

function openCopy(noteId: string) {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(noteCopyName(noteId), doc);
  return { doc, persistence, writes: new LocalWrites(doc, persistence) };
}

describe('changes not yet in the copy on this computer', () => {
  it('are pending from the keystroke until every write queued for the copy has committed', async () => {
    const noteId = newNoteId();
    const { doc, persistence, writes } = openCopy(noteId);
    await persistence.whenSynced;
    expect(writes.pending).toBe(false);
    // Every write transaction y-indexeddb starts from here on, and whether it has committed.
    const db = persistence.db!;
    const committed: boolean[] = [];
    const open = db.transaction.bind(db);
    db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
      const transaction = open(...args);
      if (transaction.mode === 'readwrite') {
        const at = committed.push(false) - 1;
        transaction.addEventListener('complete', () => (committed[at] = true));
      }
      return transaction;
    }) as IDBDatabase['transaction'];

    const lines = Array.from({ length: 40 }, (_, line) => `Line ${line + 1}.`);
    for (const line of lines) type(doc, line);
    expect(writes.pending).toBe(true);
    expect(committed).toHaveLength(lines.length);
    expect(committed.every(Boolean)).toBe(false);
    await until(() => !writes.pending);
    expect(committed.every(Boolean)).toBe(true); // at the moment it says "stored", nothing is still queued
    expect((await copyText(noteId)).split('\n')).toEqual(lines);
    writes.stop();
    await persistence.destroy();
  });

  it('covers what was typed before the copy had opened', async () => {
    const noteId = newNoteId();
    const { doc, persistence, writes } = openCopy(noteId);
    type(doc, 'Typed while the copy was opening.');
    expect(writes.pending).toBe(true);
    await until(() => !writes.pending);
    expect(await copyText(noteId)).toBe('Typed while the copy was opening.');
    writes.stop();
    await persistence.destroy();
  });

  it('does not count what was read from the copy itself', async () => {
    const noteId = newNoteId();
    const first = openCopy(noteId);
    await first.persistence.whenSynced;
    type(first.doc, 'Kept from yesterday.');
    await until(() => !first.writes.pending);
    first.writes.stop();
    await first.persistence.destroy();

    const again = openCopy(noteId);
    await again.persistence.whenSynced;
    expect(noteTextOf(again.doc)).toBe('Kept from yesterday.');
    expect(again.writes.pending).toBe(false);
    again.writes.stop();
    await again.persistence.destroy();
  });

  it('stops waiting once the copy is closed', async () => {
    const noteId = newNoteId();
    const { doc, persistence, writes } = openCopy(noteId);
    await persistence.whenSynced;
    await persistence.destroy();
    type(doc, 'After the note was closed.');
    await until(() => !writes.pending);
  });
});
