import { defineProjection, type Sql } from '@hms/sdk';
import {
  AppointmentSlotOffered,
  PatientWaitlisted,
  WaitlistEntryCancelled,
  WaitlistOfferAccepted,
  WaitlistOfferDeclined,
  WaitlistOfferExpired,
} from '../contracts/events';

/**
 * One row per waitlist entry. Inline, so the handlers that pass a freed slot on (cancel, reschedule, decline,
 * expiry) always see every committed entry and offer: an async read model could hand a slot to the second patient
 * because the first one's request was not projected yet. Writes are keyed by id and version (replay-safe).
 */
export const waitlistProjection = defineProjection({
  name: 'scheduling.waitlist',
  mode: 'inline',
  handles: [
    PatientWaitlisted,
    AppointmentSlotOffered,
    WaitlistOfferAccepted,
    WaitlistOfferDeclined,
    WaitlistOfferExpired,
    WaitlistEntryCancelled,
  ],
  tables: ['scheduling.waitlist'],
  async evolve(event, sql: Sql): Promise<void> {
    const v = event.streamVersion;
    switch (event.type) {
      case PatientWaitlisted.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO scheduling.waitlist (id, patient_id, practitioner_id, type, earliest, latest, note, status, requested_at, position, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'waiting', $8, $10, $9) ON CONFLICT (id) DO NOTHING`,
          [
            d.entryId,
            d.patientId,
            d.practitionerId,
            d.type,
            d.earliest,
            d.latest,
            d.note ?? null,
            d.requestedAt,
            v,
            event.position.toString(),
          ],
        );
        return;
      }
      case AppointmentSlotOffered.type: {
        const d = event.data;
        await sql.query(
          `UPDATE scheduling.waitlist SET status = 'offered', offer_starts_at = $3, offer_ends_at = $4, offered_at = $5,
             offer_expires_at = $6, version = $2 WHERE id = $1 AND version < $2`,
          [d.entryId, v, d.startsAt, d.endsAt, d.offeredAt, d.expiresAt],
        );
        return;
      }
      case WaitlistOfferAccepted.type: {
        const d = event.data;
        await setStatus(sql, d.entryId, v, 'booked', d.appointmentId);
        return;
      }
      case WaitlistOfferDeclined.type:
      case WaitlistOfferExpired.type:
        await setStatus(sql, event.data.entryId, v, 'waiting');
        return;
      case WaitlistEntryCancelled.type:
        await setStatus(sql, event.data.entryId, v, 'cancelled');
        return;
      default:
    }
  },
});

async function setStatus(sql: Sql, id: string, version: number, status: string, appointmentId?: string): Promise<void> {
  await sql.query(
    `UPDATE scheduling.waitlist SET status = $3, appointment_id = COALESCE($4, appointment_id), offer_starts_at = NULL,
       offer_ends_at = NULL, offered_at = NULL, offer_expires_at = NULL, version = $2 WHERE id = $1 AND version < $2`,
    [id, version, status, appointmentId ?? null],
  );
}
