import { NotFoundError, type QueryContext } from '@hms/sdk';
import { NOTE_NOT_FOUND } from '../errors';

/** A note's patient, from the notes read model (a note's routes carry only its id). */
export async function notePatient(ctx: Pick<QueryContext, 'sql'>, noteId: string): Promise<string> {
  const [row] = await ctx.sql.query<{ patient_id: string }>('SELECT patient_id FROM ehr.notes WHERE id = $1', [noteId]);
  if (!row) throw new NotFoundError(NOTE_NOT_FOUND, { noteId });
  return row.patient_id;
}
