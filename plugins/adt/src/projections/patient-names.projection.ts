import { defineProjection, type Sql } from '@hms/sdk';
import { PatientDemographicsUpdated, PatientRegistered } from '@hms/plugin-patient/contracts';

/**
 * Who is who on the bed board: MRN and name per patient, from the patient plugin's published events (its tables
 * are its own). Inline, like the directory it replaces on the board: a board read after a registration shows the
 * name. Replaying from zero gives the same rows (an upsert per registration, an update per change); the
 * migration that creates the table fills it from the events stored before.
 */
export const patientNamesProjection = defineProjection({
  name: 'adt.patient-names',
  mode: 'inline',
  handles: [PatientRegistered, PatientDemographicsUpdated],
  tables: ['adt.patient_names'],
  async evolve(event, sql: Sql): Promise<void> {
    switch (event.type) {
      case PatientRegistered.type: {
        const { patientId, mrn, givenName, familyName } = event.data;
        await sql.query(
          `INSERT INTO adt.patient_names (patient_id, mrn, given_name, family_name) VALUES ($1, $2, $3, $4)
           ON CONFLICT (patient_id) DO UPDATE SET mrn = EXCLUDED.mrn, given_name = EXCLUDED.given_name,
             family_name = EXCLUDED.family_name`,
          [patientId, mrn, givenName, familyName],
        );
        return;
      }
      case PatientDemographicsUpdated.type: {
        const { patientId, changes } = event.data;
        if (changes.givenName === undefined && changes.familyName === undefined) return;
        await sql.query(
          `UPDATE adt.patient_names SET given_name = coalesce($2, given_name), family_name = coalesce($3, family_name)
            WHERE patient_id = $1`,
          [patientId, changes.givenName ?? null, changes.familyName ?? null],
        );
        return;
      }
    }
  },
});
