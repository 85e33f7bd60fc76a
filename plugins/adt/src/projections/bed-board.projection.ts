import { defineProjection, type DataOf, type Sql } from '@hms/sdk';
import {
  BedAdded,
  BedDecommissioned,
  BedOccupied,
  BedRemoved,
  BedRenamed,
  BedReturnedToService,
  BedTakenOutOfService,
  BedVacated,
  WardDefined,
} from '../contracts/events';

type Defined = DataOf<typeof WardDefined>;
type Added = DataOf<typeof BedAdded>;

/**
 * The wards and every bed's current status and occupant: the bed boards and the census. Inline, so the clerk who
 * just admitted a patient sees the bed taken. A bed row is written by its ward's stream (added, removed) and by its
 * own stream (service, occupancy); each write applies only an event newer than the row's version for that stream,
 * so replaying from zero, or an event twice, leaves the same rows.
 */
export const bedBoardProjection = defineProjection({
  name: 'adt.bed-board',
  mode: 'inline',
  handles: [
    WardDefined,
    BedAdded,
    BedRemoved,
    BedRenamed,
    BedTakenOutOfService,
    BedReturnedToService,
    BedDecommissioned,
    BedOccupied,
    BedVacated,
  ],
  tables: ['adt.wards', 'adt.ward_beds'],
  evolve(event, sql: Sql): Promise<void> {
    const version = event.streamVersion;
    switch (event.type) {
      case WardDefined.type:
        return projectWardDefined(event.data, version, sql);
      case BedAdded.type:
        return projectBedAdded(event.data, version, sql);
      case BedRemoved.type: {
        const { bedId, removedAt } = event.data;
        return updateFromWard(bedId, version, sql, 'removed_at = $3', [removedAt]);
      }
      case BedRenamed.type:
        return updateFromWard(event.data.bedId, version, sql, 'label = $3', [event.data.label]);
      case BedTakenOutOfService.type: {
        const { bedId, reason } = event.data;
        return updateFromBed(bedId, version, sql, `status = 'out-of-service', out_of_service_reason = $3`, [reason]);
      }
      case BedReturnedToService.type:
      case BedVacated.type:
        return updateFromBed(event.data.bedId, version, sql, emptied('vacant'), []);
      case BedDecommissioned.type:
        return updateFromBed(event.data.bedId, version, sql, emptied('decommissioned'), []);
      case BedOccupied.type: {
        const { bedId, patientId, stayId, occupiedAt } = event.data;
        return updateFromBed(
          bedId,
          version,
          sql,
          `status = 'occupied', out_of_service_reason = NULL, patient_id = $3, stay_id = $4, occupied_since = $5`,
          [patientId, stayId, occupiedAt],
        );
      }
      default:
        return Promise.resolve();
    }
  },
});

const emptied = (status: 'vacant' | 'decommissioned'): string =>
  `status = '${status}', out_of_service_reason = NULL, patient_id = NULL, stay_id = NULL, occupied_since = NULL`;

async function projectWardDefined(data: Defined, version: number, sql: Sql): Promise<void> {
  await sql.query(
    `INSERT INTO adt.wards (id, code, name, specialty, defined_at, version) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO NOTHING`,
    [data.wardId, data.code, data.name, data.specialty, data.definedAt, version],
  );
}

async function projectBedAdded(data: Added, version: number, sql: Sql): Promise<void> {
  await sql.query(
    `INSERT INTO adt.ward_beds (bed_id, ward_id, label, added_at, ward_version) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (bed_id) DO NOTHING`,
    [data.bedId, data.wardId, data.label, data.addedAt, version],
  );
}

async function updateFromWard(
  id: string,
  version: number,
  sql: Sql,
  assignments: string,
  params: (string | null)[],
): Promise<void> {
  await sql.query(
    `UPDATE adt.ward_beds SET ${assignments}, ward_version = $2 WHERE bed_id = $1 AND ward_version < $2`,
    [id, version, ...params],
  );
}

async function updateFromBed(
  id: string,
  version: number,
  sql: Sql,
  assignments: string,
  params: (string | null)[],
): Promise<void> {
  await sql.query(`UPDATE adt.ward_beds SET ${assignments}, bed_version = $2 WHERE bed_id = $1 AND bed_version < $2`, [
    id,
    version,
    ...params,
  ]);
}
