import { handleQuery, NotFoundError, type QueryContext } from '@hms/sdk';
import { CHART_READ } from '../contracts/permissions';
import { GetEncounter, ListEncounters, ListMyPatients, type EncounterView } from '../contracts/queries';
import { ENCOUNTER_NOT_FOUND } from '../errors';
import { ENCOUNTER_COLUMNS, encounterFromRow, type EncounterRow } from './encounter-view';
import { patientNames, readablePatients } from './patient-names';

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

interface MyPatientRow {
  patient_id: string;
  encounter_id: string;
  class: 'outpatient' | 'inpatient';
  role: 'attending' | 'consulting' | 'nursing' | 'other';
  opened_at: Date | string;
}

/**
 * A doctor's patients: the open encounters whose care team names the caller's account (the `ehr.care-team` care
 * relationship), the most recently opened first. Each patient is checked against the care rule and audited.
 */
export const listMyPatientsHandler = handleQuery(ListMyPatients, {
  permission: CHART_READ,
  auditPatient: (_params, result) => result?.items.map((item) => item.patientId),
  async handle(_params, ctx) {
    const rows = await ctx.sql.query<MyPatientRow>(
      `SELECT e.patient_id, e.id AS encounter_id, e.class, t.role, e.opened_at
         FROM ehr.care_team t JOIN ehr.encounters e ON e.id = t.encounter_id AND e.status = 'open'
        WHERE t.member_id = $1
        ORDER BY e.opened_at DESC, e.id LIMIT 200`,
      [ctx.actor.id],
    );
    const readable = await readablePatients(
      ctx,
      rows.map((row) => row.patient_id),
    );
    const names = await patientNames(ctx, readable);
    return {
      items: rows
        .filter((row) => readable.has(row.patient_id))
        .map((row) => ({
          patientId: row.patient_id,
          encounterId: row.encounter_id,
          class: row.class,
          role: row.role,
          openedAt: new Date(row.opened_at).toISOString(),
          patient: names.get(row.patient_id) ?? null,
        })),
    };
  },
});
