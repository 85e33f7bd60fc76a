import { NotFoundError, type QueryContext } from '@hms/sdk';
import { ENCOUNTER_NOT_FOUND } from '../errors';

/** An encounter found by its id or its admission's stay, with its patient (routes by id carry only the id). */
export interface EncounterOfPatient {
  readonly encounterId: string;
  readonly patientId: string;
}

export async function encounterPatient(
  ctx: Pick<QueryContext, 'sql'>,
  by: { encounterId?: string | undefined; stayId?: string | undefined },
): Promise<EncounterOfPatient> {
  const [row] = by.encounterId
    ? await ctx.sql.query<{ id: string; patient_id: string }>(
        `SELECT id, patient_id FROM ehr.encounters WHERE id = $1`,
        [by.encounterId],
      )
    : await ctx.sql.query<{ id: string; patient_id: string }>(
        `SELECT id, patient_id FROM ehr.encounters WHERE stay_id = $1 AND status = 'open' ORDER BY opened_at DESC LIMIT 1`,
        [by.stayId ?? null],
      );
  if (!row)
    throw new NotFoundError(
      ENCOUNTER_NOT_FOUND,
      by.encounterId ? { encounterId: by.encounterId } : { stayId: by.stayId },
    );
  return { encounterId: row.id, patientId: row.patient_id };
}
