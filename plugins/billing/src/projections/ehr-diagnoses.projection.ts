import { defineProjection } from '@hms/sdk';
import { EncounterOpened, ProblemRecorded, ProblemResolved } from '@hms/plugin-ehr/contracts';

/**
 * The EHR's diagnoses, for claims (FHIR Claim.diagnosis): read from the EHR's published events, so a claim carries
 * the codes the clinician recorded instead of codes a clerk types. Only `diagnosis` entries (not the problem list's
 * other entries), codes and dates only. Inline, so a diagnosis recorded is there for the next claim drafted.
 */
export const ehrDiagnosesProjection = defineProjection({
  name: 'billing.ehr-diagnoses',
  mode: 'inline',
  handles: [EncounterOpened, ProblemRecorded, ProblemResolved],
  tables: ['billing.ehr_encounters', 'billing.ehr_diagnoses'],
  async evolve(event, sql) {
    switch (event.type) {
      case EncounterOpened.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO billing.ehr_encounters (encounter_id, patient_id, appointment_id, stay_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT (encounter_id) DO NOTHING`,
          [d.encounterId, d.patientId, d.appointmentId ?? null, d.stayId ?? null],
        );
        return;
      }
      case ProblemRecorded.type: {
        const d = event.data;
        if (d.kind !== 'diagnosis') return;
        await sql.query(
          `INSERT INTO billing.ehr_diagnoses (problem_id, patient_id, encounter_id, code, recorded_on, position)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (problem_id) DO NOTHING`,
          [
            d.problemId,
            d.patientId,
            d.encounterId ?? null,
            d.code,
            (d.onset ?? d.at).slice(0, 10),
            event.position.toString(),
          ],
        );
        return;
      }
      case ProblemResolved.type:
        await sql.query(`UPDATE billing.ehr_diagnoses SET resolved_on = $2 WHERE problem_id = $1`, [
          event.data.problemId,
          event.data.resolvedOn,
        ]);
        return;
    }
  },
});
