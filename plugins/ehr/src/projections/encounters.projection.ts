import { defineProjection } from '@hms/sdk';
import { EncounterClosed, EncounterOpened } from '../contracts/encounter-events';

/** Encounters by id and per patient (and by the admission's stay, for the discharge reaction). Inline. */
export const encountersProjection = defineProjection({
  name: 'ehr.encounters',
  mode: 'inline',
  handles: [EncounterOpened, EncounterClosed],
  tables: ['ehr.encounters'],
  async evolve(event, sql) {
    if (event.type === EncounterOpened.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO ehr.encounters (id, patient_id, class, status, appointment_id, stay_id, reason, opened_at)
         VALUES ($1, $2, $3, 'open', $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [d.encounterId, d.patientId, d.class, d.appointmentId ?? null, d.stayId ?? null, d.reason ?? null, d.openedAt],
      );
    } else {
      const d = event.data;
      await sql.query(`UPDATE ehr.encounters SET status = 'closed', closed_at = $2 WHERE id = $1`, [
        d.encounterId,
        d.closedAt,
      ]);
    }
  },
});
