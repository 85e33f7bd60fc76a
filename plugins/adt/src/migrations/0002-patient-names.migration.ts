import { defineMigration } from '@hms/sdk';

/**
 * The names and MRNs the bed board and the census show, kept by `adt.patient-names` from the patient plugin's
 * published events (this plugin never reads the patient plugin's tables). The projection is inline, so a board
 * read right after a registration shows the name; an inline projection has no checkpoint to replay from, so the
 * table is filled here from the events already stored (an upgrade from 1.x, or admissions enabled after patients
 * were registered): the registration's MRN and the newest given and family name each patient was given.
 */
export const createPatientNamesMigration = defineMigration('0002-patient-names', [
  `CREATE TABLE adt.patient_names (
    patient_id uuid PRIMARY KEY,
    mrn text NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL
  )`,
  `INSERT INTO adt.patient_names (patient_id, mrn, given_name, family_name)
   SELECT patient_id,
          (array_agg(mrn ORDER BY position) FILTER (WHERE mrn IS NOT NULL))[1],
          (array_agg(given_name ORDER BY position DESC) FILTER (WHERE given_name IS NOT NULL))[1],
          (array_agg(family_name ORDER BY position DESC) FILTER (WHERE family_name IS NOT NULL))[1]
     FROM (SELECT (e.data->>'patientId')::uuid AS patient_id, e.position,
                  e.data->>'mrn' AS mrn,
                  coalesce(e.data->'changes', e.data)->>'givenName' AS given_name,
                  coalesce(e.data->'changes', e.data)->>'familyName' AS family_name
             FROM core.events e
            WHERE e.event_type IN ('patient.PatientRegistered', 'patient.PatientDemographicsUpdated')) AS facts
    GROUP BY patient_id
   HAVING bool_or(mrn IS NOT NULL)`,
]);
