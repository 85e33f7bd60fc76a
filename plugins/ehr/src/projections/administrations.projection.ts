import { defineProjection } from '@hms/sdk';
import { MedicationAdministrationRecorded } from '../contracts/administration';

/** The MAR's rows, one per dose. Inline, so the nurse who just recorded a dose sees it on the record at once. */
export const administrationsProjection = defineProjection({
  name: 'ehr.administrations',
  mode: 'inline',
  handles: [MedicationAdministrationRecorded],
  tables: ['ehr.medication_administrations'],
  async evolve(event, sql) {
    const d = event.data;
    await sql.query(
      `INSERT INTO ehr.medication_administrations
         (administration_id, patient_id, medication_id, encounter_id, outcome, administered_at, dose, reason, recorded_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (administration_id) DO NOTHING`,
      [
        d.administrationId,
        d.patientId,
        d.medicationId,
        d.encounterId,
        d.outcome,
        d.administeredAt,
        d.dose ?? null,
        d.reason ?? null,
        d.at,
        d.by,
      ],
    );
  },
});
