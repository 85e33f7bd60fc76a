import { defineProjection, type DataOf, type Sql } from '@hms/sdk';
import { PatientAdmitted, PatientDischarged, PatientTransferred } from '@hms/plugin-adt/contracts';

type Admitted = DataOf<typeof PatientAdmitted>;
type Transferred = DataOf<typeof PatientTransferred>;
type Discharged = DataOf<typeof PatientDischarged>;

/**
 * Stays and the beds they spent time in, from the patient plugin's ADT events. A stay's segments are keyed by the
 * stay stream's version of the event that opened them (admission or transfer), so the time on each ward is known
 * for occupancy, and the stay row keeps the ward it ended on (length of stay is reported by discharging ward).
 * Times are the ward's times carried by the events (`admittedAt`, `transferredAt`, `dischargedAt`), not the
 * times they were recorded: care entered late still lands on the right day.
 */
export const staysProjection = defineProjection({
  name: 'analytics.stays',
  handles: [PatientAdmitted, PatientTransferred, PatientDischarged],
  tables: ['analytics.stays', 'analytics.stay_segments'],
  evolve(event, sql) {
    switch (event.type) {
      case PatientAdmitted.type:
        return admitted(event.data, event.streamVersion, sql);
      case PatientTransferred.type:
        return transferred(event.data, event.streamVersion, sql);
      case PatientDischarged.type:
        return discharged(event.data, sql);
      default:
        return Promise.resolve();
    }
  },
});

async function admitted(data: Admitted, version: number, sql: Sql): Promise<void> {
  await sql.query(
    `WITH stay AS (
       INSERT INTO analytics.stays (stay_id, patient_id, admitted_at, admission_ward_id, ward_id, admitting_practitioner_id)
       VALUES ($1, $2, $3, $4, $4, $6) ON CONFLICT (stay_id) DO NOTHING
     )
     INSERT INTO analytics.stay_segments (stay_id, seq, ward_id, bed_id, from_at)
     VALUES ($1, $7, $4, $5, $3) ON CONFLICT DO NOTHING`,
    [
      data.stayId,
      data.patientId,
      data.admittedAt,
      data.wardId,
      data.bedId,
      data.admittingPractitionerId ?? null,
      version,
    ],
  );
}

async function transferred(data: Transferred, version: number, sql: Sql): Promise<void> {
  await sql.query(
    `WITH closed AS (
       UPDATE analytics.stay_segments SET to_at = $4 WHERE stay_id = $1 AND to_at IS NULL AND seq < $5
     ), stay AS (
       UPDATE analytics.stays SET ward_id = $2, transfers = transfers + 1 WHERE stay_id = $1
     )
     INSERT INTO analytics.stay_segments (stay_id, seq, ward_id, bed_id, from_at)
     VALUES ($1, $5, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [data.stayId, data.toWardId, data.toBedId, data.transferredAt, version],
  );
}

async function discharged(data: Discharged, sql: Sql): Promise<void> {
  await sql.query(
    `WITH closed AS (
       UPDATE analytics.stay_segments SET to_at = $2 WHERE stay_id = $1 AND to_at IS NULL
     )
     UPDATE analytics.stays SET discharged_at = $2, disposition = $3, ward_id = $4 WHERE stay_id = $1`,
    [data.stayId, data.dischargedAt, data.disposition, data.wardId],
  );
}
