import { defineProjection } from '@hms/sdk';
import { PatientMerged, PatientUnmerged } from '@hms/plugin-patient/contracts';

/**
 * Merged record → the record that stays, always the final one: when a survivor is itself merged later, the
 * records merged into it follow it, so one lookup finds the person. An unmerge makes the record its own person
 * again: its stays count for it, not for the survivor, from the next report on.
 */
export const patientMergesProjection = defineProjection({
  name: 'analytics.patient-merges',
  handles: [PatientMerged, PatientUnmerged],
  tables: ['analytics.patient_merges'],
  async evolve(event, sql) {
    if (event.type === PatientUnmerged.type) {
      await sql.query('DELETE FROM analytics.patient_merges WHERE merged_id = $1', [event.data.patientId]);
      return;
    }
    const { patientId, mergedInto } = event.data;
    await sql.query(
      `WITH followed AS (UPDATE analytics.patient_merges SET survivor_id = $2 WHERE survivor_id = $1)
       INSERT INTO analytics.patient_merges (merged_id, survivor_id) VALUES ($1, $2)
       ON CONFLICT (merged_id) DO UPDATE SET survivor_id = EXCLUDED.survivor_id`,
      [patientId, mergedInto],
    );
  },
});
