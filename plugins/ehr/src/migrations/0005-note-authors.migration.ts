import { defineMigration } from '@hms/sdk';

/**
 * Who wrote and who signed each note, and when it last changed (1.10): the chart's note list names them, and a
 * doctor's home lists their own unsigned notes across patients (hence the index by author). `ehr.notes` is inline,
 * with no checkpoint to replay from, so the columns are filled here from the note events already stored.
 */
export const addNoteAuthorsMigration = defineMigration('0005-note-authors', [
  `ALTER TABLE ehr.notes
     ADD COLUMN created_by text,
     ADD COLUMN updated_at timestamptz,
     ADD COLUMN signed_by text,
     ADD COLUMN signed_at timestamptz`,
  `UPDATE ehr.notes AS n
      SET created_by = facts.created_by, updated_at = facts.updated_at,
          signed_by = facts.signed_by, signed_at = facts.signed_at
     FROM (SELECT (e.data->>'noteId')::uuid AS note_id,
                  (array_agg(e.data->>'by') FILTER (WHERE e.event_type = 'ehr.NoteCreated'))[1] AS created_by,
                  max((e.data->>'at')::timestamptz) AS updated_at,
                  (array_agg(e.data->>'by' ORDER BY e.position DESC)
                     FILTER (WHERE e.event_type = 'ehr.NoteSigned'))[1] AS signed_by,
                  (array_agg((e.data->>'at')::timestamptz ORDER BY e.position DESC)
                     FILTER (WHERE e.event_type = 'ehr.NoteSigned'))[1] AS signed_at
             FROM core.events e
            WHERE e.event_type IN ('ehr.NoteCreated', 'ehr.NoteSigned', 'ehr.NoteAmendmentStarted')
            GROUP BY 1) AS facts
    WHERE n.id = facts.note_id`,
  `UPDATE ehr.notes SET updated_at = created_at WHERE updated_at IS NULL`,
  `ALTER TABLE ehr.notes ALTER COLUMN updated_at SET NOT NULL`,
  `CREATE INDEX notes_author_idx ON ehr.notes (created_by, status, updated_at DESC)`,
]);
