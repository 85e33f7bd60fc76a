import { defineProjection } from '@hms/sdk';
import { NoteAmendmentStarted, NoteCreated, NoteSigned } from '../contracts/chart-events';

/**
 * Notes by id (a note's routes carry only its id), per patient and per author (a doctor's unsigned notes), with their
 * status, who signed last and when the note last changed status. Inline.
 */
export const notesProjection = defineProjection({
  name: 'ehr.notes',
  mode: 'inline',
  handles: [NoteCreated, NoteSigned, NoteAmendmentStarted],
  tables: ['ehr.notes'],
  async evolve(event, sql) {
    if (event.type === NoteCreated.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO ehr.notes (id, patient_id, encounter_id, title, status, created_at, created_by, updated_at)
         VALUES ($1, $2, $3, $4, 'draft', $5, $6, $5) ON CONFLICT (id) DO NOTHING`,
        [d.noteId, d.patientId, d.encounterId ?? null, d.title, d.at, d.by],
      );
    } else if (event.type === NoteSigned.type) {
      const d = event.data;
      await sql.query(
        `UPDATE ehr.notes SET status = 'signed', signed_versions = $2, signed_by = $3, signed_at = $4, updated_at = $4
          WHERE id = $1`,
        [d.noteId, d.signedVersion, d.by, d.at],
      );
    } else {
      const d = event.data;
      await sql.query(`UPDATE ehr.notes SET status = 'amending', updated_at = $2 WHERE id = $1`, [d.noteId, d.at]);
    }
  },
});
