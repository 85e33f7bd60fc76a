import { defineMigration } from '@hms/sdk';

/** Each ward's team (kept by `adt.ward-staff`): member ids are account or linked practitioner ids. */
export const createWardStaffMigration = defineMigration('0003-ward-staff', [
  `CREATE TABLE adt.ward_staff (
    ward_id uuid NOT NULL,
    member_id text NOT NULL,
    assigned_at timestamptz NOT NULL,
    until timestamptz,
    PRIMARY KEY (ward_id, member_id)
  )`,
  `CREATE INDEX ward_staff_member_idx ON adt.ward_staff (member_id)`,
]);
