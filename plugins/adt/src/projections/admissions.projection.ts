import { defineProjection, type DataOf, type Sql } from '@hms/sdk';
import { PatientAdmitted, PatientDischarged, PatientTransferred } from '../contracts/events';

type Admitted = DataOf<typeof PatientAdmitted>;
type Transferred = DataOf<typeof PatientTransferred>;
type Discharged = DataOf<typeof PatientDischarged>;

/**
 * One row per stay, for the reports that count stays (length of stay, readmissions within N days, discharges by
 * disposition). Inline, keyed by stay id, and guarded by the stay stream's version (`version < $v`): replaying from
 * zero, or an event twice, leaves the same rows.
 */
export const admissionsProjection = defineProjection({
  name: 'adt.admissions',
  mode: 'inline',
  handles: [PatientAdmitted, PatientTransferred, PatientDischarged],
  tables: ['adt.admissions'],
  evolve(event, sql: Sql): Promise<void> {
    const version = event.streamVersion;
    switch (event.type) {
      case PatientAdmitted.type:
        return projectAdmitted(event.data, version, sql);
      case PatientTransferred.type:
        return projectTransferred(event.data, version, sql);
      case PatientDischarged.type:
        return projectDischarged(event.data, version, sql);
      default:
        return Promise.resolve();
    }
  },
});

async function projectAdmitted(data: Admitted, version: number, sql: Sql): Promise<void> {
  await sql.query(
    `INSERT INTO adt.admissions (stay_id, patient_id, admitted_at, admission_ward_id, admission_bed_id,
       admission_category, admitting_practitioner_id, previous_discharged_at, current_ward_id, current_bed_id,
       in_bed_since, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $4, $5, $3, $9)
     ON CONFLICT (stay_id) DO NOTHING`,
    [
      data.stayId,
      data.patientId,
      data.admittedAt,
      data.wardId,
      data.bedId,
      data.reason.category,
      data.admittingPractitionerId ?? null,
      data.previousDischargedAt ?? null,
      version,
    ],
  );
}

async function projectTransferred(data: Transferred, version: number, sql: Sql): Promise<void> {
  await sql.query(
    `UPDATE adt.admissions SET current_ward_id = $2, current_bed_id = $3, in_bed_since = $4,
       transfers = transfers + 1, version = $5
     WHERE stay_id = $1 AND version < $5`,
    [data.stayId, data.toWardId, data.toBedId, data.transferredAt, version],
  );
}

async function projectDischarged(data: Discharged, version: number, sql: Sql): Promise<void> {
  await sql.query(
    `UPDATE adt.admissions SET discharged_at = $2, disposition = $3, version = $4
     WHERE stay_id = $1 AND version < $4`,
    [data.stayId, data.dischargedAt, data.disposition, version],
  );
}
