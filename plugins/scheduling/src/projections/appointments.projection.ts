import { defineProjection, type DataOf, type RecordedOf, type Sql } from '@hms/sdk';
import {
  AppointmentBooked,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentNoShowRecorded,
  AppointmentRescheduled,
} from '../contracts/events';

type Booked = DataOf<typeof AppointmentBooked>;
const HANDLES = [
  AppointmentBooked,
  AppointmentRescheduled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentNoShowRecorded,
  AppointmentCancelled,
] as const;
type AppointmentRecorded = RecordedOf<(typeof HANDLES)[number]>;
interface StatusChange {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  readonly reason: string | null;
  readonly at: string;
}

/** The status a state-changing event leads to, with its time; `undefined` for a booking or a move. */
function statusChange(event: AppointmentRecorded): StatusChange | undefined {
  const change = (status: string, at: string, reason: string | null = null): StatusChange => ({
    id: event.data.appointmentId,
    version: event.streamVersion,
    status,
    reason,
    at,
  });
  switch (event.type) {
    case AppointmentCheckedIn.type:
      return change('checked-in', event.data.checkedInAt);
    case AppointmentCompleted.type:
      return change('completed', event.data.completedAt);
    case AppointmentNoShowRecorded.type:
      return change('no-show', event.data.recordedAt);
    case AppointmentCancelled.type:
      return change('cancelled', event.data.cancelledAt, event.data.reason);
    default:
      return undefined;
  }
}

/**
 * One row per appointment. Inline, so the day list shows a booking at once and free-slot search never offers a
 * time just taken. Every write is keyed by id and applies only an event newer than the row
 * (`version < streamVersion`): a replay from zero, or an event replayed twice, leaves the same rows.
 */
export const appointmentsProjection = defineProjection({
  name: 'scheduling.appointments',
  mode: 'inline',
  handles: HANDLES,
  tables: ['scheduling.appointments'],
  evolve(event, sql: Sql): Promise<void> {
    return evolveBatch([event], sql);
  },
  evolveBatch,
});

/**
 * Bookings go in with one statement, then the moves, then the status changes with one statement. That order is
 * the events' own: a booking comes first in its stream, and a move happens only while booked, so before any
 * status change of the same appointment. Of several status changes of one appointment, the last one is the row.
 */
async function evolveBatch(events: readonly AppointmentRecorded[], sql: Sql): Promise<void> {
  const bookings = events.flatMap((e) =>
    e.type === AppointmentBooked.type ? [{ data: e.data, version: e.streamVersion }] : [],
  );
  if (bookings.length > 0) await projectBooked(bookings, sql);
  for (const event of events) {
    if (event.type === AppointmentRescheduled.type) await projectRescheduled(event.data, event.streamVersion, sql);
  }
  const lastChange = new Map<string, StatusChange>();
  for (const event of events) {
    const change = statusChange(event);
    if (change !== undefined) lastChange.set(event.streamId, change);
  }
  if (lastChange.size > 0) await projectStatuses([...lastChange.values()], sql);
}

async function projectBooked(rows: readonly { data: Booked; version: number }[], sql: Sql): Promise<void> {
  const column = <T>(pick: (row: { data: Booked; version: number }) => T): T[] => rows.map(pick);
  await sql.query(
    `INSERT INTO scheduling.appointments AS a (id, patient_id, practitioner_id, type, starts_at, ends_at, location,
       status, version, booked_at, updated_at)
     SELECT r.id, r.patient_id, r.practitioner_id, r.type, r.starts_at, r.ends_at, r.location, 'booked', r.version,
            r.booked_at, r.booked_at
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[], $6::timestamptz[],
                   $7::text[], $8::int[], $9::timestamptz[])
            AS r(id, patient_id, practitioner_id, type, starts_at, ends_at, location, version, booked_at)
     ON CONFLICT (id) DO NOTHING`,
    [
      column((r) => r.data.appointmentId),
      column((r) => r.data.patientId),
      column((r) => r.data.practitionerId),
      column((r) => r.data.type),
      column((r) => r.data.startsAt),
      column((r) => r.data.endsAt),
      column((r) => r.data.location),
      column((r) => r.version),
      column((r) => r.data.bookedAt),
    ],
  );
}

async function projectRescheduled(
  data: DataOf<typeof AppointmentRescheduled>,
  version: number,
  sql: Sql,
): Promise<void> {
  await sql.query(
    `UPDATE scheduling.appointments SET starts_at = $3, ends_at = $4, location = $5, version = $2, updated_at = $6
      WHERE id = $1 AND version < $2`,
    [data.appointmentId, version, data.startsAt, data.endsAt, data.location, data.rescheduledAt],
  );
}

/** One change per appointment, each applied only over an older row. */
async function projectStatuses(rows: readonly StatusChange[], sql: Sql): Promise<void> {
  await sql.query(
    `UPDATE scheduling.appointments AS a
        SET status = c.status, cancel_reason = c.reason, version = c.version, updated_at = c.at
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::timestamptz[])
            AS c(id, version, status, reason, at)
      WHERE a.id = c.id AND a.version < c.version`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.version),
      rows.map((r) => r.status),
      rows.map((r) => r.reason),
      rows.map((r) => r.at),
    ],
  );
}
