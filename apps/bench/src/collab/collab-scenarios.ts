import type { BenchOptions } from '../lib/options';
import type { FanOutScenario } from './fan-out';

/** One editor on one note sends an update every 20 ms (50/s: fast typing, one update per keystroke). */
export const ONE_NOTE_INTERVAL_MS = 20;
/** An editor among many open notes types at 5 updates/s, a steady typist. */
export const MANY_NOTES_INTERVAL_MS = 200;
/** In the many-notes scenario, one note in this many has someone typing; every note has two clients. */
const TYPING_SHARE = 10;
const CLIENTS_PER_OPEN_NOTE = 2;

/**
 * The scenarios of one run: each `--editors` count on one note, then `--notes` notes open at once (2 clients
 * each, someone typing in one note in ten, the server's memory per open note measured). Every scenario types
 * for the same time: `--updates` × 20 ms, after `--warmup` seconds of unmeasured typing.
 */
export function collabScenarios(options: BenchOptions): FanOutScenario[] {
  const typingMs = options.updates * ONE_NOTE_INTERVAL_MS;
  const oneNote = options.editors.map((editors): FanOutScenario => ({
    key: `1-note-${editors}-editors`,
    label: `1 note, ${editors} editors`,
    notes: 1,
    clientsPerNote: editors,
    typingNotes: 1,
    intervalMs: ONE_NOTE_INTERVAL_MS,
    warmupUpdates: Math.round((options.warmupS * 1000) / ONE_NOTE_INTERVAL_MS),
    updates: options.updates,
    measureMemory: false,
  }));
  if (options.notes === 0) return oneNote;
  const manyNotes: FanOutScenario = {
    key: `${options.notes}-notes`,
    label: `${options.notes} notes open`,
    notes: options.notes,
    clientsPerNote: CLIENTS_PER_OPEN_NOTE,
    typingNotes: Math.max(1, Math.round(options.notes / TYPING_SHARE)),
    intervalMs: MANY_NOTES_INTERVAL_MS,
    warmupUpdates: Math.round((options.warmupS * 1000) / MANY_NOTES_INTERVAL_MS),
    updates: Math.max(1, Math.round(typingMs / MANY_NOTES_INTERVAL_MS)),
    measureMemory: true,
  };
  return [...oneNote, manyNotes];
}
