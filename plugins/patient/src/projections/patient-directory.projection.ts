import { defineProjection, type DataOf, type RecordedEvent, type Sql, type SqlParam } from '@hms/sdk';
import type { DemographicsChanges } from '../contracts/demographics';
import { PatientDemographicsUpdated, PatientRegistered } from '../contracts/events';
import { nameKey } from './name-key';

type Registered = DataOf<typeof PatientRegistered>;
type DemographicsUpdated = DataOf<typeof PatientDemographicsUpdated>;

/**
 * The patient directory: one row per patient, the current demographics plus normalized name keys for search.
 * Runs inline, so the screen that registered or edited a patient reads its own write. Every write is keyed by id
 * and applies only an event newer than the row (`version < streamVersion`): replaying from zero, or replaying an
 * event twice, leaves the same rows.
 */
export const patientDirectoryProjection = defineProjection({
  name: 'patient.directory',
  mode: 'inline',
  handles: [PatientRegistered, PatientDemographicsUpdated],
  tables: ['patient.directory'],
  async evolve(event: RecordedEvent, sql: Sql): Promise<void> {
    switch (event.type) {
      case PatientRegistered.type:
        return projectRegistered(event.data as Registered, event.streamVersion, sql);
      case PatientDemographicsUpdated.type:
        return projectDemographicsUpdated(event.data as DemographicsUpdated, event.streamVersion, sql);
      default:
        return undefined;
    }
  },
});

async function projectRegistered(data: Registered, version: number, sql: Sql): Promise<void> {
  await sql.query(
    `INSERT INTO patient.directory AS d (id, mrn, given_name, family_name, middle_name, birth_date, gender, phone,
       email, address, preferred_language, given_key, family_key, version, registered_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15::timestamptz,
       $15::timestamptz)
     ON CONFLICT (id) DO UPDATE SET mrn = EXCLUDED.mrn, given_name = EXCLUDED.given_name,
       family_name = EXCLUDED.family_name, middle_name = EXCLUDED.middle_name, birth_date = EXCLUDED.birth_date,
       gender = EXCLUDED.gender, phone = EXCLUDED.phone, email = EXCLUDED.email, address = EXCLUDED.address,
       preferred_language = EXCLUDED.preferred_language, given_key = EXCLUDED.given_key,
       family_key = EXCLUDED.family_key, version = EXCLUDED.version, registered_at = EXCLUDED.registered_at,
       updated_at = EXCLUDED.updated_at
     WHERE d.version < EXCLUDED.version`,
    [
      data.patientId,
      data.mrn,
      data.givenName,
      data.familyName,
      data.middleName ?? null,
      data.birthDate,
      data.gender,
      data.phone ?? null,
      data.email ?? null,
      jsonOrNull(data.address),
      data.preferredLanguage ?? null,
      nameKey(data.givenName),
      nameKey(data.familyName),
      version,
      data.registeredAt,
    ],
  );
}

/** Column (and cast) of each demographic field. */
const COLUMNS: Readonly<Record<keyof DemographicsChanges, string>> = {
  givenName: 'given_name',
  familyName: 'family_name',
  middleName: 'middle_name',
  birthDate: 'birth_date',
  gender: 'gender',
  phone: 'phone',
  email: 'email',
  address: 'address',
  preferredLanguage: 'preferred_language',
};
const CASTS: Readonly<Partial<Record<keyof DemographicsChanges, string>>> = {
  birthDate: '::date',
  address: '::jsonb',
};

async function projectDemographicsUpdated(
  data: DemographicsUpdated,
  version: number,
  sql: Sql,
): Promise<void> {
  const params: SqlParam[] = [data.patientId, version, data.updatedAt];
  const assignments = ['version = $2', 'updated_at = $3::timestamptz'];
  const assign = (column: string, value: SqlParam, cast = ''): void => {
    params.push(value);
    assignments.push(`${column} = $${params.length}${cast}`);
  };
  for (const [field, value] of Object.entries(data.changes) as [keyof DemographicsChanges, unknown][]) {
    if (value === undefined || !(field in COLUMNS)) continue;
    assign(COLUMNS[field], field === 'address' ? jsonOrNull(value) : (value as SqlParam), CASTS[field]);
  }
  if (data.changes.givenName !== undefined) assign('given_key', nameKey(data.changes.givenName));
  if (data.changes.familyName !== undefined) assign('family_key', nameKey(data.changes.familyName));
  await sql.query(
    `UPDATE patient.directory SET ${assignments.join(', ')} WHERE id = $1 AND version < $2`,
    params,
  );
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
