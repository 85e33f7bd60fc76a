import { defineCollabDocument, definePermission, definePlugin } from '@hms/sdk';

/**
 * Benchmark notes: every id the collab benchmark makes starts with this (a UUID's shape, so the core treats it
 * like any document id). The plugin is for the benchmark only: it is never installed in a hospital.
 */
export const BENCH_NOTE_ID_PREFIX = 'b0000000-be0c-4000-8000-';

/** The id of the benchmark's `index`-th note of one run (`run` keeps runs against one database apart). */
export function benchNoteId(run: number, index: number): string {
  return `${BENCH_NOTE_ID_PREFIX}${run.toString(16).padStart(4, '0')}${index.toString(16).padStart(8, '0')}`;
}

const BENCH_NOTE_READ = definePermission('bench-collab:note:read', 'Open a benchmark note (fictional text only)');
const BENCH_NOTE_WRITE = definePermission(
  'bench-collab:note:write',
  'Type into a benchmark note (fictional text only)',
);

/** A collab kind whose documents are the benchmark's notes, all editable; nothing in them is about a patient. */
const benchNotes = defineCollabDocument({
  kind: 'bench-collab.note',
  readPermission: BENCH_NOTE_READ,
  writePermission: BENCH_NOTE_WRITE,
  resolve: (documentId) =>
    Promise.resolve(documentId.startsWith(BENCH_NOTE_ID_PREFIX) ? { mode: 'edit' as const, patientId: null } : null),
});

/** Loaded by path through `HMS_PLUGINS` when the benchmark starts the API; the admin holds every permission. */
export const benchCollabPlugin = definePlugin({
  name: 'bench-collab',
  version: '1.0.0',
  sdk: '^2.0.0',
  description: 'Benchmark-only: co-edited notes for the collab benchmark',
  permissions: [BENCH_NOTE_READ, BENCH_NOTE_WRITE],
  collab: [benchNotes],
});

export default benchCollabPlugin;
