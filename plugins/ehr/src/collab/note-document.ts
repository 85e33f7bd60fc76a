import { defineCollabDocument } from '@hms/sdk';
import { NOTE_READ, NOTE_WRITE } from '../contracts/permissions';

/**
 * Clinical notes co-edited live: the document id is the note id. A draft or a note being amended is edited; a
 * signed note is read only (the core also refuses changes to a sealed document). The patient is named for audit.
 */
export const noteDocument = defineCollabDocument({
  kind: 'ehr.note',
  readPermission: NOTE_READ,
  writePermission: NOTE_WRITE,
  async resolve(documentId, ctx) {
    if (!/^[0-9a-f-]{36}$/i.test(documentId)) return null;
    const [note] = await ctx.sql.query<{ patient_id: string; status: string }>(
      'SELECT patient_id, status FROM ehr.notes WHERE id = $1',
      [documentId],
    );
    if (!note) return null;
    return { mode: note.status === 'signed' ? 'read' : 'edit', patientId: note.patient_id };
  },
});
