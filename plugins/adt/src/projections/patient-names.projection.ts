import { defineProjection, type RecordedOf, type Sql } from '@hms/sdk';
import { PatientDemographicsUpdated, PatientRegistered } from '@hms/plugin-patient/contracts';

/**
 * Who is who on the bed board: MRN and name per patient, from the patient plugin's published events (its tables
 * are its own). Inline, like the directory it replaces on the board: a board read after a registration shows the
 * name. Replaying from zero gives the same rows (an upsert per registration, an update per change); the
 * migration that creates the table fills it from the events stored before. A batch of registrations (the kernel
 * commits registrations arriving together in one transaction) is one upsert, not one statement each.
 */
export const patientNamesProjection = defineProjection({
  name: 'adt.patient-names',
  mode: 'inline',
  handles: [PatientRegistered, PatientDemographicsUpdated],
  tables: ['adt.patient_names'],
  evolve: (event, sql: Sql) => evolveBatch([event], sql),
  evolveBatch: (events, sql: Sql) => evolveBatch(events, sql),
});

type NameEvent = RecordedOf<typeof PatientRegistered | typeof PatientDemographicsUpdated>;
type Registration = RecordedOf<typeof PatientRegistered>['data'];

/** In event order: runs of registrations as one upsert each, every change of name as its own update. */
async function evolveBatch(events: readonly NameEvent[], sql: Sql): Promise<void> {
  let registrations: Registration[] = [];
  for (const event of events) {
    if (event.type === PatientRegistered.type) {
      registrations.push(event.data);
      continue;
    }
    await upsertRegistrations(registrations, sql);
    registrations = [];
    await applyNameChange(event, sql);
  }
  await upsertRegistrations(registrations, sql);
}

async function upsertRegistrations(registrations: readonly Registration[], sql: Sql): Promise<void> {
  if (registrations.length === 0) return;
  // One row per patient, the last registration winning (as one upsert after another would): a statement may not
  // update the same row twice.
  const rows = [...new Map(registrations.map((r) => [r.patientId, r])).values()];
  await sql.query(
    `INSERT INTO adt.patient_names (patient_id, mrn, given_name, family_name)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT (patient_id) DO UPDATE SET mrn = EXCLUDED.mrn, given_name = EXCLUDED.given_name,
       family_name = EXCLUDED.family_name`,
    [rows.map((r) => r.patientId), rows.map((r) => r.mrn), rows.map((r) => r.givenName), rows.map((r) => r.familyName)],
  );
}

async function applyNameChange(event: RecordedOf<typeof PatientDemographicsUpdated>, sql: Sql): Promise<void> {
  const { patientId, changes } = event.data;
  if (changes.givenName === undefined && changes.familyName === undefined) return;
  await sql.query(
    `UPDATE adt.patient_names SET given_name = coalesce($2, given_name), family_name = coalesce($3, family_name)
      WHERE patient_id = $1`,
    [patientId, changes.givenName ?? null, changes.familyName ?? null],
  );
}
