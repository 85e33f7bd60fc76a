import { defineProjection, type DataOf, type RecordedOf, type Sql, type SqlParam } from '@hms/sdk';
import type { DemographicsChanges } from '../contracts/schemas';
import {
  PatientDemographicsUpdated,
  PatientDetailsChanged,
  PatientMergeReceived,
  PatientMerged,
  PatientMergeReversed,
  PatientRegistered,
  PatientUnmerged,
} from '../contracts/events';
import { phoneticKey } from '../domain/duplicates/phonetic-key';
import { nameKey } from './name-key';

type Registered = DataOf<typeof PatientRegistered>;
type DemographicsUpdated = DataOf<typeof PatientDemographicsUpdated>;
const HANDLES = [
  PatientRegistered,
  PatientDemographicsUpdated,
  PatientDetailsChanged,
  PatientMerged,
  PatientMergeReceived,
  PatientUnmerged,
  PatientMergeReversed,
] as const;
type DirectoryRecorded = RecordedOf<(typeof HANDLES)[number]>;

/**
 * The patient directory: one row per patient, the current demographics plus normalized name keys for search.
 * Runs inline, so the screen that registered or edited a patient reads its own write. Every write is keyed by id
 * and applies only an event newer than the row (`version < streamVersion`): replaying from zero, or replaying an
 * event twice, leaves the same rows.
 */
export const patientDirectoryProjection = defineProjection({
  name: 'patient.directory',
  mode: 'inline',
  handles: HANDLES,
  tables: ['patient.directory'],
  evolve(event, sql: Sql): Promise<void> {
    return evolveBatch([event], sql);
  },
  evolveBatch,
});

/**
 * Registrations go in with one statement; changes follow one by one. A patient's registration always comes
 * before its changes in the event order, so applying all registrations first keeps the outcome of `evolve` in order.
 */
async function evolveBatch(events: readonly DirectoryRecorded[], sql: Sql): Promise<void> {
  const registrations = events.flatMap((e) =>
    e.type === PatientRegistered.type ? [{ data: e.data, version: e.streamVersion }] : [],
  );
  if (registrations.length > 0) await projectRegistered(registrations, sql);
  for (const event of events) {
    if (event.type === PatientDemographicsUpdated.type) {
      await projectDemographicsUpdated(event.data, event.streamVersion, sql);
    } else if (event.type !== PatientRegistered.type) {
      await projectMasterIndexEvent(event, sql);
    }
  }
}

async function projectRegistered(rows: readonly { data: Registered; version: number }[], sql: Sql): Promise<void> {
  const column = <T>(pick: (row: { data: Registered; version: number }) => T): T[] => rows.map(pick);
  await sql.query(
    `INSERT INTO patient.directory AS d (id, mrn, given_name, family_name, middle_name, birth_date, gender, phone,
       email, address, preferred_language, given_key, family_key, version, registered_at, updated_at,
       given_phonetic, family_phonetic)
     SELECT r.id, r.mrn, r.given_name, r.family_name, r.middle_name, r.birth_date, r.gender, r.phone, r.email,
            r.address, r.preferred_language, r.given_key, r.family_key, r.version, r.registered_at, r.registered_at,
            r.given_phonetic, r.family_phonetic
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[],
                   $9::text[], $10::jsonb[], $11::text[], $12::text[], $13::text[], $14::int[], $15::timestamptz[],
                   $16::text[], $17::text[])
            AS r(id, mrn, given_name, family_name, middle_name, birth_date, gender, phone, email, address,
                 preferred_language, given_key, family_key, version, registered_at, given_phonetic, family_phonetic)
     ON CONFLICT (id) DO UPDATE SET mrn = EXCLUDED.mrn, given_name = EXCLUDED.given_name,
       family_name = EXCLUDED.family_name, middle_name = EXCLUDED.middle_name, birth_date = EXCLUDED.birth_date,
       gender = EXCLUDED.gender, phone = EXCLUDED.phone, email = EXCLUDED.email, address = EXCLUDED.address,
       preferred_language = EXCLUDED.preferred_language, given_key = EXCLUDED.given_key,
       family_key = EXCLUDED.family_key, version = EXCLUDED.version, registered_at = EXCLUDED.registered_at,
       updated_at = EXCLUDED.updated_at, given_phonetic = EXCLUDED.given_phonetic,
       family_phonetic = EXCLUDED.family_phonetic
     WHERE d.version < EXCLUDED.version`,
    [
      column((r) => r.data.patientId),
      column((r) => r.data.mrn),
      column((r) => r.data.givenName),
      column((r) => r.data.familyName),
      column((r) => r.data.middleName ?? null),
      column((r) => r.data.birthDate),
      column((r) => r.data.gender),
      column((r) => r.data.phone ?? null),
      column((r) => r.data.email ?? null),
      column((r) => jsonOrNull(r.data.address)),
      column((r) => r.data.preferredLanguage ?? null),
      column((r) => nameKey(r.data.givenName)),
      column((r) => nameKey(r.data.familyName)),
      column((r) => r.version),
      column((r) => r.data.registeredAt),
      column((r) => phoneticKey(r.data.givenName)),
      column((r) => phoneticKey(r.data.familyName)),
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

async function projectDemographicsUpdated(data: DemographicsUpdated, version: number, sql: Sql): Promise<void> {
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
  if (data.changes.givenName !== undefined) {
    assign('given_key', nameKey(data.changes.givenName));
    assign('given_phonetic', phoneticKey(data.changes.givenName));
  }
  if (data.changes.familyName !== undefined) {
    assign('family_key', nameKey(data.changes.familyName));
    assign('family_phonetic', phoneticKey(data.changes.familyName));
  }
  await sql.query(`UPDATE patient.directory SET ${assignments.join(', ')} WHERE id = $1 AND version < $2`, params);
}

type MasterIndexRecorded = RecordedOf<
  | typeof PatientDetailsChanged
  | typeof PatientMerged
  | typeof PatientMergeReceived
  | typeof PatientUnmerged
  | typeof PatientMergeReversed
>;

/**
 * Details, merges, unmerges: the row's version and time follow the stream (the version is the ETag); a merged-away
 * record keeps its row, marked with its survivor, so replays stay idempotent and searches can skip it, until an
 * unmerge clears the mark and the record is found again.
 */
async function projectMasterIndexEvent(event: MasterIndexRecorded, sql: Sql): Promise<void> {
  const { at, mergedInto } = directoryChange(event);
  await sql.query(
    `UPDATE patient.directory SET version = $2, updated_at = $3::timestamptz,
       merged_into = CASE WHEN $4::text = 'unmerged' THEN NULL ELSE COALESCE($5::uuid, merged_into) END
     WHERE id = $1 AND version < $2`,
    [
      event.data.patientId,
      event.streamVersion,
      at,
      mergedInto === 'unmerged' ? 'unmerged' : null,
      mergedInto === 'unmerged' ? null : mergedInto,
    ],
  );
}

/** When the event happened, and what it does to the row's survivor mark (`null`: leaves it). */
function directoryChange(event: MasterIndexRecorded): { at: string; mergedInto: string | 'unmerged' | null } {
  switch (event.type) {
    case PatientMerged.type:
      return { at: event.data.mergedAt, mergedInto: event.data.mergedInto };
    case PatientUnmerged.type:
      return { at: event.data.unmergedAt, mergedInto: 'unmerged' };
    case PatientDetailsChanged.type:
      return { at: event.data.changedAt, mergedInto: null };
    case PatientMergeReceived.type:
      return { at: event.data.receivedAt, mergedInto: null };
    case PatientMergeReversed.type:
      return { at: event.data.reversedAt, mergedInto: null };
  }
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
