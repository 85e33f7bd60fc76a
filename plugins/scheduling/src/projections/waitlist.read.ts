import type { Sql, SqlParam } from '@hms/sdk';
import type { WaitlistEntryView, WaitlistStatus } from '../contracts/queries';

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const instant = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', ${ISO}) AS ${column}`;
const COLUMNS = `id::text AS id, patient_id::text AS patient_id, practitioner_id::text AS practitioner_id, type,
  to_char(earliest, 'YYYY-MM-DD') AS earliest, to_char(latest, 'YYYY-MM-DD') AS latest, note, status,
  ${instant('requested_at')}, ${instant('offer_starts_at')}, ${instant('offer_ends_at')}, ${instant('offered_at')},
  ${instant('offer_expires_at')}, appointment_id::text AS appointment_id, version`;

interface Row {
  id: string;
  patient_id: string;
  practitioner_id: string;
  type: string;
  earliest: string;
  latest: string;
  note: string | null;
  status: WaitlistStatus;
  requested_at: string;
  offer_starts_at: string | null;
  offer_ends_at: string | null;
  offered_at: string | null;
  offer_expires_at: string | null;
  appointment_id: string | null;
  version: number | string;
}

/** Open entries (waiting or holding an offer), oldest request first: the order slots are offered in. */
export async function listOpenEntries(
  sql: Sql,
  filter: { practitionerId?: string; patientId?: string },
): Promise<WaitlistEntryView[]> {
  const params: SqlParam[] = [];
  const conditions = [`status IN ('waiting', 'offered')`];
  if (filter.practitionerId !== undefined) conditions.push(`practitioner_id = $${params.push(filter.practitionerId)}`);
  if (filter.patientId !== undefined) conditions.push(`patient_id = $${params.push(filter.patientId)}`);
  const rows = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM scheduling.waitlist WHERE ${conditions.join(' AND ')} ORDER BY requested_at, position LIMIT 1000`,
    params,
  );
  return rows.map(toView);
}

/** Waiting entries a slot of this practitioner and type on `day` (YYYY-MM-DD) could go to, first come first. */
export async function waitingFor(
  sql: Sql,
  slot: { practitionerId: string; type: string; day: string },
  skip: readonly string[],
): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `SELECT id::text AS id FROM scheduling.waitlist
      WHERE practitioner_id = $1 AND type = $2 AND status = 'waiting' AND earliest <= $3::date AND latest >= $3::date
        AND NOT (id = ANY($4::uuid[]))
      ORDER BY requested_at, position LIMIT 50`,
    [slot.practitionerId, slot.type, slot.day, [...skip]],
  );
  return rows.map((r) => r.id);
}

/** Whether a booking (other than `freedBy`) or another entry's pending offer already holds part of the slot. */
export async function slotHeld(
  sql: Sql,
  slot: { practitionerId: string; startsAt: string; endsAt: string },
  options: { freedBy?: string; skip: readonly string[] },
): Promise<boolean> {
  const rows = await sql.query(
    `SELECT 1 FROM scheduling.appointments
      WHERE practitioner_id = $1 AND status <> 'cancelled' AND starts_at < $3 AND ends_at > $2
        AND id IS DISTINCT FROM $4::uuid
     UNION ALL
     SELECT 1 FROM scheduling.waitlist
      WHERE practitioner_id = $1 AND status = 'offered' AND offer_starts_at < $3 AND offer_ends_at > $2
        AND NOT (id = ANY($5::uuid[]))
     LIMIT 1`,
    [slot.practitionerId, slot.startsAt, slot.endsAt, options.freedBy ?? null, [...options.skip]],
  );
  return rows.length > 0;
}

/** Entries whose offer has run out at `now`, oldest deadline first. */
export async function expiredOffers(sql: Sql, now: string, limit: number): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `SELECT id::text AS id FROM scheduling.waitlist WHERE status = 'offered' AND offer_expires_at <= $1
      ORDER BY offer_expires_at, id LIMIT $2`,
    [now, limit],
  );
  return rows.map((r) => r.id);
}

function toView(row: Row): WaitlistEntryView {
  return {
    id: row.id,
    patientId: row.patient_id,
    practitionerId: row.practitioner_id,
    type: row.type,
    earliest: row.earliest,
    latest: row.latest,
    ...(row.note === null ? {} : { note: row.note }),
    status: row.status,
    requestedAt: row.requested_at,
    ...(row.offer_starts_at === null
      ? {}
      : {
          offer: {
            startsAt: row.offer_starts_at,
            endsAt: row.offer_ends_at!,
            offeredAt: row.offered_at!,
            expiresAt: row.offer_expires_at!,
          },
        }),
    ...(row.appointment_id === null ? {} : { appointmentId: row.appointment_id }),
    version: Number(row.version),
  };
}
