import { defineMigration } from '@hms/sdk';

/** Encounters' care teams (kept by `ehr.care-team`); member ids are account or linked practitioner ids. */
export const createCareTeamMigration = defineMigration('0003-care-team', [
  `CREATE TABLE ehr.care_team (
    encounter_id uuid NOT NULL,
    patient_id uuid NOT NULL,
    member_id text NOT NULL,
    role text NOT NULL,
    added_at timestamptz NOT NULL,
    PRIMARY KEY (encounter_id, member_id)
  )`,
  `CREATE INDEX care_team_patient_member_idx ON ehr.care_team (patient_id, member_id)`,
]);
