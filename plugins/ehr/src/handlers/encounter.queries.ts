import { handleQuery, NotFoundError, type QueryContext } from '@hms/sdk';
import { CHART_READ } from '../contracts/permissions';
import { GetEncounter, ListEncounters, type EncounterView } from '../contracts/queries';
import { ENCOUNTER_NOT_FOUND } from '../errors';
import { ENCOUNTER_COLUMNS, encounterFromRow, type EncounterRow } from './encounter-view';

export async function findEncounter(ctx: Pick<QueryContext, 'sql'>, encounterId: string): Promise<EncounterView> {
  const [row] = await ctx.sql.query<EncounterRow>(`SELECT ${ENCOUNTER_COLUMNS} FROM ehr.encounters WHERE id = $1`, [
    encounterId,
  ]);
  if (!row) throw new NotFoundError(ENCOUNTER_NOT_FOUND, { encounterId });
  return encounterFromRow(row);
}

export const getEncounterHandler = handleQuery<typeof GetEncounter, EncounterView>(GetEncounter, {
  permission: CHART_READ,
  auditPatient: (_params, result) => result?.patientId,
  handle: (params, ctx) => findEncounter(ctx, params.encounterId),
});

export const listEncountersHandler = handleQuery(ListEncounters, {
  permission: CHART_READ,
  auditPatient: (params) => params.patientId,
  async handle(params, ctx): Promise<{ items: EncounterView[] }> {
    const rows = await ctx.sql.query<EncounterRow>(
      `SELECT ${ENCOUNTER_COLUMNS} FROM ehr.encounters WHERE patient_id = $1 ORDER BY opened_at DESC, id LIMIT 500`,
      [params.patientId],
    );
    return { items: rows.map(encounterFromRow) };
  },
});
