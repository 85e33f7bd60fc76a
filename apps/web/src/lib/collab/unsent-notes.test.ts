import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAllNoteCopies, markUnsent, unsentNotes } from './note-copies';
import { sendUnsentNotes, type ServerNote } from './unsent-notes';

/** The browser's localStorage (Node has none): a plain in-memory one. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
  removeItem = (key: string): void => void this.items.delete(key);
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

  it('leaves open notes to their editor, and drops signed or unknown notes, which nothing here can send', async () => {
    for (const id of ['open', 'signed', 'gone']) markUnsent(id);
    const server: Record<string, ServerNote> = {
      signed: { text: 'Signed text.', signed: true, gone: false },
      gone: { signed: false, gone: true },
    };
    const asked: string[] = [];
    await sendUnsentNotes((id) => id === 'open', async (id) => {
      asked.push(id);
      return server[id]!;
    });
    expect(asked).toEqual(['signed', 'gone']);
    expect(unsentNotes()).toEqual(['open']);
  });

  it('stops at the first note the server cannot be asked about (offline again) and keeps every note listed', async () => {
    for (const id of ['a', 'b']) markUnsent(id);
    const asked: string[] = [];
    await sendUnsentNotes(() => false, async (id) => {
      asked.push(id);
      return { signed: false, gone: false };
    });
    expect(asked).toEqual(['a']);
    expect(unsentNotes()).toEqual(['a', 'b']);
  });
});
