import { moveNoteCopy } from '$lib/collab/note-copies';
import { pushNoteCopy } from '$lib/collab/push-note';
import { loadNote, recordAdoption } from './notes';

/**
 * The server made a note that was started on this computer (perhaps offline) under the outbox entry's id: what was
 * written meanwhile moves to the note's own copy, the entry is remembered as that note (an open editor follows),
 * and the text is sent to the server in the background, in case no editor is open to send it.
 */
export async function noteCreated(entryId: string, noteId: string): Promise<void> {
  await moveNoteCopy(entryId, noteId);
  recordAdoption(entryId, noteId);
  void pushNoteCopy(noteId, async () => (await loadNote(noteId)).note?.text);
}
