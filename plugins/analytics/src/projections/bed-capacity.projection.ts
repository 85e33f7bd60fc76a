import { defineProjection, type Sql } from '@hms/sdk';
import {
  BedAdded,
  BedDecommissioned,
  BedRemoved,
  BedReturnedToService,
  BedTakenOutOfService,
  WardDefined,
} from '@hms/plugin-adt/contracts';

/**
 * Wards, and the intervals each bed could take a patient: listed on its ward and in service. Capacity on a day is
 * the bed-hours of these intervals within the day, so a bed added at noon counts half a bed that day, and a bed
 * out of service for cleaning does not count while it is out.
 */
export const bedCapacityProjection = defineProjection({
  name: 'analytics.bed-capacity',
  handles: [WardDefined, BedAdded, BedRemoved, BedDecommissioned, BedTakenOutOfService, BedReturnedToService],
  tables: ['analytics.wards', 'analytics.bed_periods'],
  async evolve(event, sql) {
    switch (event.type) {
      case WardDefined.type: {
        const data = event.data;
        await sql.query(
          `INSERT INTO analytics.wards (ward_id, code, specialty) VALUES ($1, $2, $3)
           ON CONFLICT (ward_id) DO UPDATE SET code = excluded.code, specialty = excluded.specialty`,
          [data.wardId, data.code, data.specialty],
        );
        return;
      }
      case BedAdded.type: {
        const data = event.data;
        return open(sql, data.bedId, data.wardId, data.addedAt);
      }
      case BedReturnedToService.type: {
        const data = event.data;
        return open(sql, data.bedId, data.wardId, data.at);
      }
      case BedTakenOutOfService.type: {
        const data = event.data;
        return close(sql, data.bedId, data.at);
      }
      case BedRemoved.type: {
        const data = event.data;
        return close(sql, data.bedId, data.removedAt);
      }
      case BedDecommissioned.type: {
        const data = event.data;
        return close(sql, data.bedId, data.decommissionedAt);
      }
      default:
        return;
    }
  },
});

async function open(sql: Sql, bedId: string, wardId: string, at: string): Promise<void> {
  await sql.query(
    `INSERT INTO analytics.bed_periods (bed_id, from_at, ward_id)
     SELECT $1, $3, $2 WHERE NOT EXISTS (SELECT 1 FROM analytics.bed_periods WHERE bed_id = $1 AND to_at IS NULL)
     ON CONFLICT DO NOTHING`,
    [bedId, wardId, at],
  );
}

/** Removal comes with decommissioning (two events, one moment): the second finds nothing open and changes nothing. */
async function close(sql: Sql, bedId: string, at: string): Promise<void> {
  await sql.query('UPDATE analytics.bed_periods SET to_at = $2 WHERE bed_id = $1 AND to_at IS NULL', [bedId, at]);
}
