import { api } from '$lib/api/client';
import { describeAnswer } from '$lib/api/problem';
import type { NoteSummary, NoteView, SignedVersion } from '$lib/api/note-types';

/**
 * Notes as this computer knows them: the server's lists (kept so a patient's notes still list offline), and which
 * server note a note created offline became. Ids, titles and statuses only; the text lives in the Yjs copies.
 */
const LISTS = 'hms.notes.lists';
const ADOPTED = 'hms.notes.adopted';

function read<T>(key: string): Record<string, T> {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, T> | null) ?? {};
  } catch {
    return {};
  }
}
const write = (key: string, value: unknown): void => localStorage.setItem(key, JSON.stringify(value));

/** The note id the server gave to a note created offline by the command `entryId`, once it has. */
export function adoptedNoteId(entryId: string): string | undefined {
  return read<string>(ADOPTED)[entryId];
}

export function recordAdoption(entryId: string, noteId: string): void {
  write(ADOPTED, { ...read<string>(ADOPTED), [entryId]: noteId });
}

/** A patient's notes from the server (and kept); offline, the list kept from last time, marked as such. */
export async function loadNotes(
  patientId: string,
): Promise<{ items: NoteSummary[]; fromCache: boolean; problem?: string }> {
  try {
    const { data, error, response } = await api.GET('/api/notes', { params: { query: { patientId } } });
    if (data) {
      write(LISTS, { ...read<NoteSummary[]>(LISTS), [patientId]: data.items });
      return { items: data.items, fromCache: false };
    }
    return { items: [], fromCache: false, problem: describeAnswer(error, response) };
  } catch {
    return { items: read<NoteSummary[]>(LISTS)[patientId] ?? [], fromCache: true };
  }
}

/** The note as last listed on this computer (offline: its title and status, without the text). */
export function cachedNote(noteId: string): NoteSummary | undefined {
  for (const items of Object.values(read<NoteSummary[]>(LISTS))) {
    const found = items.find((n) => n.id === noteId);
    if (found) return found;
  }
  return undefined;
}

/** The note's status and text on the server; `undefined` offline. */
export async function loadNote(noteId: string): Promise<{ note?: NoteView; status?: number; problem?: string }> {
  try {
    const { data, error, response } = await api.GET('/api/notes/{noteId}', { params: { path: { noteId } } });
    if (data) return { note: data };
    return { status: response.status, problem: describeAnswer(error, response) };
  } catch {
    return {};
  }
}

/** The note's latest signed version (text hash, time, signer) from the patient's chart, if it has one. */
export async function latestSignedVersion(patientId: string, noteId: string): Promise<SignedVersion | undefined> {
  try {
    const { data } = await api.GET('/api/charts/{patientId}', { params: { path: { patientId } } });
    const note = data?.notes.find((n) => n.noteId === noteId) as { signed?: SignedVersion | null } | undefined;
    return note?.signed ?? undefined;
  } catch {
    return undefined;
  }
}

/** Forgets every note kept on this computer (sign-out of a shared ward computer). */
export async function forgetNotes(): Promise<void> {
  localStorage.removeItem(LISTS);
  localStorage.removeItem(ADOPTED);
  // On demand: the Yjs libraries stay out of the shell.
  await (await import('$lib/collab/note-copies')).deleteAllNoteCopies();
}
