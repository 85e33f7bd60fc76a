import { defineProjection } from '@hms/sdk';
import { BedOccupied } from '@hms/plugin-adt/contracts';
import { AppointmentBooked } from '@hms/plugin-scheduling/contracts';

/**
 * What charge capture needs of other modules' events that their later events do not repeat: an appointment's
 * type (its completion names only the appointment) and when a patient took a bed (its vacating names only the
 * bed and the stay). Inline, so the row is there before any reaction reads the later event.
 */
export const captureSourcesProjection = defineProjection({
  name: 'billing.capture-sources',
  mode: 'inline',
  handles: [AppointmentBooked, BedOccupied],
  tables: ['billing.appointments', 'billing.bed_occupancy'],
  async evolve(event, sql) {
    if (event.type === AppointmentBooked.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO billing.appointments (appointment_id, patient_id, type) VALUES ($1, $2, $3)
         ON CONFLICT (appointment_id) DO NOTHING`,
        [d.appointmentId, d.patientId, d.type],
      );
    } else {
      const d = event.data;
      await sql.query(
        `INSERT INTO billing.bed_occupancy (bed_id, stay_id, ward_id, occupied_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [d.bedId, d.stayId, d.wardId, d.occupiedAt],
      );
    }
  },
});
