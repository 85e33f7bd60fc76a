import { handleQuery, NotFoundError } from '@hms/sdk';
import { NOTE_READ } from '../contracts/permissions';
import { GetNote, ListNotes, type NoteView } from '../contracts/queries';
import { noteText } from '../collab/note-text';
import { NOTE_NOT_FOUND } from '../errors';

interface NoteRow {
  id: string;
  patient_id: string;
  encounter_id: string | null;
  title: string;
  status: NoteView['status'];
  signed_versions: number;
}

const NOTE_COLUMNS = 'id, patient_id, encounter_id, title, status, signed_versions';
const fromRow = (row: NoteRow): Omit<NoteView, 'text' | 'revision'> => ({
  id: row.id,
  patientId: row.patient_id,
  encounterId: row.encounter_id,
  title: row.title,
  status: row.status,
  signedVersions: row.signed_versions,
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
