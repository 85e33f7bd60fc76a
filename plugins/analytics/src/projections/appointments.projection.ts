import { defineProjection, type RecordedOf, type Sql } from '@hms/sdk';
import {
  AppointmentBooked,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentNoShowRecorded,
  AppointmentRescheduled,
} from '@hms/plugin-scheduling/contracts';

/** The status each outcome event leaves an appointment in. */
const OUTCOMES: Readonly<Record<string, string>> = {
  [AppointmentCheckedIn.type]: 'checked-in',
  [AppointmentCompleted.type]: 'completed',
  [AppointmentCancelled.type]: 'cancelled',
  [AppointmentNoShowRecorded.type]: 'no-show',
};

const APPOINTMENT_EVENTS = [
  AppointmentBooked,
  AppointmentRescheduled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentCancelled,
  AppointmentNoShowRecorded,
];
type AppointmentEvent = RecordedOf<(typeof APPOINTMENT_EVENTS)[number]>;

/**
 * Appointments with their practitioner, time and outcome, for slot utilisation and no-show rates. A reschedule
 * moves the appointment (the old time is free again); it keeps no patient id: the reports count, they never list.
 */
export const appointmentsProjection = defineProjection({
  name: 'analytics.appointments',
  handles: APPOINTMENT_EVENTS,
  tables: ['analytics.appointments'],
  evolve: (event, sql) => evolveAll([event], sql),
  evolveBatch: evolveAll,
});

interface Row {
  id: string;
  practitionerId?: string;
  type?: string;
  startsAt?: string;
  endsAt?: string;
  status?: string;
}

/**
 * Folds the batch per appointment first, then writes new appointments in one INSERT and changes to older ones in
 * one UPDATE: a catch-up over a year of appointments takes two statements per batch instead of one per event.
 */
async function evolveAll(events: readonly AppointmentEvent[], sql: Sql): Promise<void> {
  const booked = new Map<string, Row>();
  const changed = new Map<string, Row>();
  for (const event of events) {
    const { data } = event;
    const target = booked.get(data.appointmentId) ?? changed.get(data.appointmentId);
    if (event.type === AppointmentBooked.type) {
      const b = event.data;
      booked.set(b.appointmentId, {
        id: b.appointmentId,
        practitionerId: b.practitionerId,
        type: b.type,
        startsAt: b.startsAt,
        endsAt: b.endsAt,
        status: 'booked',
      });
    } else if (event.type === AppointmentRescheduled.type) {
      const r = event.data;
      const row = target ?? { id: r.appointmentId };
      Object.assign(row, { startsAt: r.startsAt, endsAt: r.endsAt, status: 'booked' });
      if (!target) changed.set(r.appointmentId, row);
    } else {
      const row = target ?? { id: data.appointmentId };
      row.status = OUTCOMES[event.type] ?? row.status;
      if (!target) changed.set(data.appointmentId, row);
    }
  }
  await insertBooked([...booked.values()], sql);
  await updateChanged([...changed.values()], sql);
}

async function insertBooked(rows: readonly Row[], sql: Sql): Promise<void> {
  if (rows.length === 0) return;
  await sql.query(
    `INSERT INTO analytics.appointments (appointment_id, practitioner_id, type, starts_at, ends_at, status)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[])
     ON CONFLICT (appointment_id) DO NOTHING`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.practitionerId!),
      rows.map((r) => r.type!),
      rows.map((r) => r.startsAt!),
      rows.map((r) => r.endsAt!),
      rows.map((r) => r.status!),
    ],
  );
}

async function updateChanged(rows: readonly Row[], sql: Sql): Promise<void> {
  if (rows.length === 0) return;
  await sql.query(
    `UPDATE analytics.appointments a
        SET starts_at = coalesce(c.starts_at, a.starts_at), ends_at = coalesce(c.ends_at, a.ends_at),
            status = coalesce(c.status, a.status)
       FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::text[]) AS c(id, starts_at, ends_at, status)
      WHERE a.appointment_id = c.id`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.startsAt ?? null),
      rows.map((r) => r.endsAt ?? null),
      rows.map((r) => r.status ?? null),
    ],
  );
}
