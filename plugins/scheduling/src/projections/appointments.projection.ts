import { defineProjection, type DataOf, type RecordedEvent, type Sql } from '@hms/sdk';
import {
  AppointmentBooked,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentNoShowRecorded,
  AppointmentRescheduled,
} from '../contracts/events';

type Booked = DataOf<typeof AppointmentBooked>;
type Rescheduled = DataOf<typeof AppointmentRescheduled>;

/** The status each state-changing event leads to, and the field holding its time. */
const STATUS_CHANGES: Readonly<Record<string, { status: string; at: string }>> = {
  [AppointmentCheckedIn.type]: { status: 'checked-in', at: 'checkedInAt' },
  [AppointmentCompleted.type]: { status: 'completed', at: 'completedAt' },
  [AppointmentNoShowRecorded.type]: { status: 'no-show', at: 'recordedAt' },
  [AppointmentCancelled.type]: { status: 'cancelled', at: 'cancelledAt' },
};

/**
 * One row per appointment. Inline, so the day list shows a booking at once and free-slot search never offers a
 * time just taken. Every write is keyed by id and applies only an event newer than the row
 * (`version < streamVersion`): a replay from zero, or an event replayed twice, leaves the same rows.
 */
export const appointmentsProjection = defineProjection({
  name: 'scheduling.appointments',
  mode: 'inline',
  handles: [
    AppointmentBooked,
    AppointmentRescheduled,
    AppointmentCheckedIn,
    AppointmentCompleted,
    AppointmentNoShowRecorded,
    AppointmentCancelled,
  ],
  tables: ['scheduling.appointments'],
  evolve(event: RecordedEvent, sql: Sql): Promise<void> {
    return evolveBatch([event], sql);
  },
  evolveBatch,
});

/**
 * Bookings go in with one statement, then the moves, then the status changes with one statement. That order is
 * the events' own: a booking comes first in its stream, and a move happens only while booked, so before any
 * status change of the same appointment. Of several status changes of one appointment, the last one is the row.
 */
async function evolveBatch(events: readonly RecordedEvent[], sql: Sql): Promise<void> {
  const bookings = events.filter((e) => e.type === AppointmentBooked.type);
  if (bookings.length > 0) await projectBooked(bookings, sql);
  for (const event of events) if (event.type === AppointmentRescheduled.type) await projectRescheduled(event, sql);
  const lastChange = new Map<string, RecordedEvent>();
  for (const event of events) if (STATUS_CHANGES[event.type] !== undefined) lastChange.set(event.streamId, event);
  if (lastChange.size > 0) await projectStatuses([...lastChange.values()], sql);
}

async function projectBooked(events: readonly RecordedEvent[], sql: Sql): Promise<void> {
  const rows = events.map((e) => ({ data: e.data as Booked, version: e.streamVersion }));
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

async function projectRescheduled(event: RecordedEvent, sql: Sql): Promise<void> {
  const data = event.data as Rescheduled;
  await sql.query(
    `UPDATE scheduling.appointments SET starts_at = $3, ends_at = $4, location = $5, version = $2, updated_at = $6
      WHERE id = $1 AND version < $2`,
    [data.appointmentId, event.streamVersion, data.startsAt, data.endsAt, data.location, data.rescheduledAt],
  );
}

/** One event per appointment, each applied only over an older row. */
async function projectStatuses(events: readonly RecordedEvent[], sql: Sql): Promise<void> {
  const rows = events.map((event) => {
    const change = STATUS_CHANGES[event.type] as { status: string; at: string };
    const data = event.data as Record<string, string>;
    const [id, reason, at] = [data.appointmentId ?? null, data.reason ?? null, data[change.at] ?? null];
    return { id, version: event.streamVersion, status: change.status, reason, at };
  });
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
