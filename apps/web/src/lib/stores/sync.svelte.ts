import { isNoteOpen, NOTE_SYNCED } from '$lib/collab/open-notes';
import { onUnsentNotesChanged, unsentNotes } from '$lib/collab/unsent-list';
import type { ServerNote } from '$lib/collab/unsent-notes';
import { loadNote } from './notes';
import { outbox } from './local';
import { offlineCommands } from './offline-commands';
import type { FlushReport, OutboxEntry } from './outbox';
import { sendBatch } from './sync-sender';

const RETRY_MS = 15_000;
const KNOWN_WITHIN_MS = 5_000;

/**
 * The connection and the outbox as the indicator shows them, and the loop that sends waiting commands: at start,
 * when the browser comes back online, after every new command, and every 15 s while some are waiting; then the
 * writing done offline in notes no editor has open.
 */
class Sync {
  online = $state(true);
  sending = $state(false);
  entries = $state<readonly OutboxEntry[]>([]);
  waiting = $derived(this.entries.filter((e) => e.status === 'waiting').length);
  /** Notes with writing done offline that the server may not hold yet. */
  notesWaiting = $state(0);
  rejected = $derived(this.entries.filter((e) => e.status === 'rejected'));
  private timer: ReturnType<typeof setInterval> | undefined;

  /** Starts watching; returns the function that stops it. */
  start(): () => void {
    this.online = navigator.onLine;
    const unsubscribe = outbox.subscribe((entries) => (this.entries = entries));
    const countNotes = () => (this.notesWaiting = unsentNotes().length);
    countNotes();
    const stopCountingNotes = onUnsentNotesChanged(countNotes);
    const noteSynced = () => void this.flush();
    window.addEventListener(NOTE_SYNCED, noteSynced);
    const goOnline = () => {
      this.online = true;
      void this.flush();
    };
    const goOffline = () => (this.online = false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    // Notes are not retried on the timer: one the server keeps refusing (the writer lost the permission) would
    // hold a connection open every 15 s. They go at start, when the network returns and after each command.
    this.timer = setInterval(() => {
      if (this.waiting > 0) void this.flush();
    }, RETRY_MS);
    void this.flush();
    return () => {
      unsubscribe();
      stopCountingNotes();
      window.removeEventListener(NOTE_SYNCED, noteSynced);
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      clearInterval(this.timer);
    };
  }

  /** Sends what waits; answers the outbox's report (undefined when the browser knows it is offline). */
  async flush(): Promise<FlushReport | undefined> {
    if (!navigator.onLine) return undefined;
    this.sending = true;
    try {
      // The plugins' declarations say what to do once a command is done (a note's offline writing moves to it):
      // wait for the shell to know them, a little, before sending.
      await offlineCommands.whenKnown(KNOWN_WITHIN_MS);
      const report = await outbox.flush(sendBatch);
      // After the outbox: notes created offline exist on the server by now.
      if (unsentNotes().length > 0) {
        // On demand: the Yjs libraries stay out of the shell until there is a note to send.
        const { sendUnsentNotes } = await import('$lib/collab/unsent-notes');
        await sendUnsentNotes(isNoteOpen, serverNote);
      }
      return report;
    } finally {
      this.sending = false;
    }
  }
}

async function serverNote(noteId: string): Promise<ServerNote> {
  const { note, status } = await loadNote(noteId);
  return { text: note?.text, signed: note?.status === 'signed', gone: status === 404 };
}

export const sync = new Sync();
