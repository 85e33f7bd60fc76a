import type { Sql, SqlParam } from '@hms/sdk';
import type { AppointmentView } from '../contracts/queries';
import type { AppointmentStatus, CancelReason } from '../contracts/schemas';
import type { Interval } from '../domain/schedule/availability';

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const instant = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', ${ISO}) AS ${column}`;
const VIEW_COLUMNS = `id::text AS id, patient_id::text AS patient_id, practitioner_id::text AS practitioner_id, type,
  ${instant('starts_at')}, ${instant('ends_at')}, location, status, cancel_reason, version, ${instant('booked_at')},
  ${instant('updated_at')}`;

interface AppointmentRow {
  id: string;
  patient_id: string;
  practitioner_id: string;
  type: string;
  starts_at: string;
  ends_at: string;
  location: string;
  status: AppointmentStatus;
  cancel_reason: CancelReason | null;
  version: number | string;
  booked_at: string;
  updated_at: string;
}

export async function findAppointmentView(sql: Sql, id: string): Promise<AppointmentView | undefined> {
  const rows = await sql.query<AppointmentRow>(`SELECT ${VIEW_COLUMNS} FROM scheduling.appointments WHERE id = $1`, [
    id,
  ]);
  return rows[0] === undefined ? undefined : toView(rows[0]);
}

/** Appointments starting in [from, to) of a practitioner and/or a patient, by start time. */
export async function listAppointmentViews(
  sql: Sql,
  filter: { practitionerId?: string; patientId?: string; from: string; to: string; status?: AppointmentStatus },
): Promise<AppointmentView[]> {
  const params: SqlParam[] = [filter.from, filter.to];
  const conditions = ['starts_at >= $1', 'starts_at < $2'];
  const add = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    params.push(value);
    conditions.push(`${column} = $${params.length}`);
  };
  add('practitioner_id', filter.practitionerId);
  add('patient_id', filter.patientId);
  add('status', filter.status);
  const rows = await sql.query<AppointmentRow>(
    `SELECT ${VIEW_COLUMNS} FROM scheduling.appointments WHERE ${conditions.join(' AND ')} ORDER BY starts_at, id LIMIT 1000`,
    params,
  );
  return rows.map(toView);
}

/**
 * The intervals that hold a practitioner's time and overlap [from, to), sorted by start, per practitioner: every
 * appointment not cancelled. Served by the (practitioner_id, starts_at) index: an appointment overlapping `from`
 * started at most a day earlier (no appointment type lasts longer).
 */
export async function bookedIntervals(
  sql: Sql,
  practitionerIds: readonly string[],
  range: Interval,
): Promise<Map<string, Interval[]>> {
  const rows = await sql.query<{ practitioner_id: string; starts_ms: string | number; ends_ms: string | number }>(
    `SELECT practitioner_id::text AS practitioner_id,
            (extract(epoch FROM starts_at) * 1000)::bigint AS starts_ms,
            (extract(epoch FROM ends_at) * 1000)::bigint AS ends_ms
       FROM scheduling.appointments
      WHERE practitioner_id = ANY($1::uuid[]) AND starts_at >= $2::timestamptz - interval '1 day'
        AND starts_at < $3 AND ends_at > $2 AND status <> 'cancelled'
      ORDER BY practitioner_id, starts_at`,
    [[...practitionerIds], new Date(range.start).toISOString(), new Date(range.end).toISOString()],
  );
  const byPractitioner = new Map<string, Interval[]>();
  for (const row of rows) {
    const list = byPractitioner.get(row.practitioner_id) ?? [];
    list.push({ start: Number(row.starts_ms), end: Number(row.ends_ms) });
    byPractitioner.set(row.practitioner_id, list);
  }
  return byPractitioner;
}

function toView(row: AppointmentRow): AppointmentView {
  return {
    id: row.id,
    patientId: row.patient_id,
    practitionerId: row.practitioner_id,
    type: row.type,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    status: row.status,
    ...(row.cancel_reason === null ? {} : { cancelReason: row.cancel_reason }),
    version: Number(row.version),
    bookedAt: row.booked_at,
    updatedAt: row.updated_at,
  };
}
