import { ConflictError, defineProjection, type DataOf, type Sql, type SqlParam } from '@hms/sdk';
import { UNMERGE_IDENTIFIER_IN_USE } from '../errors';
import { PatientDetailsChanged, PatientMerged, PatientUnmerged } from '../contracts/events';
import {
  identifierSystemKey,
  identifierValueKey,
  patientDetailsShape,
  type PatientDetails,
} from '../contracts/schemas';

type DetailsChanged = DataOf<typeof PatientDetailsChanged>;

/** Column of each detail list in `patient.details`. */
const COLUMNS: Readonly<Record<keyof PatientDetails, string>> = {
  contacts: 'contacts',
  nextOfKin: 'next_of_kin',
  identifiers: 'identifiers',
  coverages: 'coverages',
};

/**
 * The master patient index: each patient's detail lists, the identifiers (unique per system across patients,
 * enforced by the table's primary key) and the MRN aliases of merged records. Inline, so a registration that
 * races another with the same identifier fails in its own transaction instead of leaving two holders. Writes
 * apply only events newer than the row (`version < streamVersion`), so replays leave the same rows.
 */
export const masterIndexProjection = defineProjection({
  name: 'patient.master-index',
  mode: 'inline',
  handles: [PatientDetailsChanged, PatientMerged, PatientUnmerged],
  tables: ['patient.details', 'patient.identifiers', 'patient.mrn_aliases'],
  async evolve(event, sql: Sql): Promise<void> {
    if (event.type === PatientDetailsChanged.type) {
      await projectDetailsChanged(event.data, event.streamVersion, sql);
    } else if (event.type === PatientMerged.type) {
      await projectMerged(event.data, sql);
    } else if (event.type === PatientUnmerged.type) {
      await projectUnmerged(event.data, sql);
    }
  },
});

async function projectDetailsChanged(data: DetailsChanged, version: number, sql: Sql): Promise<void> {
  const changed = (Object.keys(COLUMNS) as (keyof PatientDetails)[]).filter((f) => data.changes[f] !== undefined);
  const columns = changed.map((field) => COLUMNS[field]);
  const params: SqlParam[] = [data.patientId, version, ...changed.map((f) => JSON.stringify(data.changes[f]))];
  const applied = await sql.query(
    `INSERT INTO patient.details AS d (patient_id, version${columns.map((c) => `, ${c}`).join('')})
     VALUES ($1, $2${columns.map((_, i) => `, $${i + 3}::jsonb`).join('')})
     ON CONFLICT (patient_id) DO UPDATE SET version = EXCLUDED.version${columns.map((c) => `, ${c} = EXCLUDED.${c}`).join('')}
     WHERE d.version < EXCLUDED.version
     RETURNING patient_id`,
    params,
  );
  if (applied.length === 0 || data.changes.identifiers === undefined) return;
  await sql.query('DELETE FROM patient.identifiers WHERE patient_id = $1', [data.patientId]);
  const identifiers = data.changes.identifiers;
  if (identifiers.length === 0) return;
  await sql.query(
    `INSERT INTO patient.identifiers (system_key, value_key, patient_id)
     SELECT DISTINCT s, v, $3::uuid FROM unnest($1::text[], $2::text[]) AS i(s, v)`,
    [
      identifiers.map((i) => identifierSystemKey(i.system)),
      identifiers.map((i) => identifierValueKey(i.value)),
      data.patientId,
    ],
  );
}

/** A merged-away record's MRN resolves to the survivor; its identifiers are free for the survivor to record. */
async function projectMerged(data: DataOf<typeof PatientMerged>, sql: Sql): Promise<void> {
  await sql.query('DELETE FROM patient.identifiers WHERE patient_id = $1', [data.patientId]);
  await sql.query(
    `INSERT INTO patient.mrn_aliases (mrn, patient_id, merged_patient_id) VALUES ($1, $2, $3)
     ON CONFLICT (mrn) DO NOTHING`,
    [data.mrn, data.mergedInto, data.patientId],
  );
}

/**
 * An unmerged record's MRN resolves to it again, and it holds its identifiers again (from its own details row,
 * which the merge left in place). A replay re-inserts nothing twice (its own rows are kept); an identifier another
 * record took in the meantime (a change racing the unmerge past the handler's check) fails the transaction.
 */
async function projectUnmerged(data: DataOf<typeof PatientUnmerged>, sql: Sql): Promise<void> {
  await sql.query('DELETE FROM patient.mrn_aliases WHERE merged_patient_id = $1', [data.patientId]);
  const [row] = await sql.query<{ identifiers: unknown }>(
    'SELECT identifiers FROM patient.details WHERE patient_id = $1',
    [data.patientId],
  );
  const stored = typeof row?.identifiers === 'string' ? JSON.parse(row.identifiers) : row?.identifiers;
  const identifiers = patientDetailsShape.identifiers.parse(stored ?? undefined) ?? [];
  if (identifiers.length === 0) return;
  const keys = [
    identifiers.map((i) => identifierSystemKey(i.system)),
    identifiers.map((i) => identifierValueKey(i.value)),
  ];
  const held = await sql.query<{ patient_id: string }>(
    `WITH wanted AS (SELECT DISTINCT s, v FROM unnest($1::text[], $2::text[]) AS i(s, v)),
          inserted AS (
            INSERT INTO patient.identifiers (system_key, value_key, patient_id) SELECT s, v, $3::uuid FROM wanted
            ON CONFLICT (system_key, value_key) DO NOTHING RETURNING system_key)
     SELECT i.patient_id::text AS patient_id FROM patient.identifiers i JOIN wanted w ON i.system_key = w.s
        AND i.value_key = w.v WHERE i.patient_id <> $3::uuid`,
    [...keys, data.patientId],
  );
  if (held[0] !== undefined) {
    throw new ConflictError(UNMERGE_IDENTIFIER_IN_USE, { patientId: data.patientId, heldBy: held[0].patient_id });
  }
}
