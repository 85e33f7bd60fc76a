import { handleQuery, NotFoundError } from '@hms/sdk';
import { NOTE_READ, NOTE_WRITE } from '../contracts/permissions';
import { GetNote, ListMyNotes, ListNotes, type NoteView } from '../contracts/queries';
import { noteText } from '../collab/note-text';
import { NOTE_NOT_FOUND } from '../errors';
import { patientNames, readablePatients } from './patient-names';

interface NoteRow {
  id: string;
  patient_id: string;
  encounter_id: string | null;
  title: string;
  status: NoteView['status'];
  signed_versions: number;
  created_by: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  signed_by: string | null;
  signed_at: Date | string | null;
}

const iso = (value: Date | string): string =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();

const NOTE_COLUMNS =
  'id, patient_id, encounter_id, title, status, signed_versions, created_by, created_at, updated_at, signed_by, signed_at';
const fromRow = (row: NoteRow): Omit<NoteView, 'text' | 'revision'> => ({
  id: row.id,
  patientId: row.patient_id,
  encounterId: row.encounter_id,
  title: row.title,
  status: row.status,
  signedVersions: row.signed_versions,
  createdBy: row.created_by,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  signedBy: row.signed_by,
  signedAt: row.signed_at === null ? null : iso(row.signed_at),
});

/** A note's current text, read from its co-edited document (what the editors see), and its status. */
export const getNoteHandler = handleQuery<typeof GetNote, NoteView>(GetNote, {
  permission: NOTE_READ,
  auditPatient: (_params, result) => result?.patientId,
  async handle({ noteId }, ctx): Promise<NoteView> {
    const [row] = await ctx.sql.query<NoteRow>(`SELECT ${NOTE_COLUMNS} FROM ehr.notes WHERE id = $1`, [noteId]);
    if (!row) throw new NotFoundError(NOTE_NOT_FOUND, { noteId });
    const content = await ctx.collab.read(noteId);
    return { ...fromRow(row), text: noteText(content.update), revision: content.revision };
  },
});

export const listNotesHandler = handleQuery(ListNotes, {
  permission: NOTE_READ,
  auditPatient: (params) => params.patientId,
  async handle({ patientId }, ctx) {
    const rows = await ctx.sql.query<NoteRow>(
      `SELECT ${NOTE_COLUMNS} FROM ehr.notes WHERE patient_id = $1 ORDER BY created_at DESC, id LIMIT 500`,
      [patientId],
    );
    return { items: rows.map(fromRow) };
  },
});

/**
 * The caller's own notes across patients, most recently changed first: a doctor's unsigned notes on their home. Only
 * notes the caller started, and only of patients whose chart they may read now (a draft of a patient who has left
 * their care stays out of the list rather than refusing the whole list); each patient listed is audited.
 */
export const listMyNotesHandler = handleQuery(ListMyNotes, {
  permission: NOTE_WRITE,
  auditPatient: (_params, result) => result?.items.map((note) => note.patientId),
  async handle({ status, limit }, ctx) {
    const rows = await ctx.sql.query<NoteRow>(
      `SELECT ${NOTE_COLUMNS} FROM ehr.notes
        WHERE created_by = $1 AND ($2::text IS NULL OR status = $2)
        ORDER BY updated_at DESC, id LIMIT $3`,
      [ctx.actor.id, status ?? null, limit],
    );
    const readable = await readablePatients(
      ctx,
      rows.map((row) => row.patient_id),
    );
    const names = await patientNames(ctx, readable);
    return {
      items: rows
        .filter((row) => readable.has(row.patient_id))
        .map((row) => ({ ...fromRow(row), patient: names.get(row.patient_id) ?? null })),
    };
  },
});
