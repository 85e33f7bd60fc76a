import { defineProjection } from '@hms/sdk';
import { EncounterOpened, ProblemRecorded } from '@hms/plugin-ehr/contracts';

/**
 * Encounters and the ICD-10 codes recorded on them, from the EHR plugin's events: the "most frequent diagnoses" of
 * the outcomes report. Only codes and ids are kept; a problem's free-text note never reaches analytics.
 */
export const diagnosesProjection = defineProjection({
  name: 'analytics.diagnoses',
  handles: [EncounterOpened, ProblemRecorded],
  tables: ['analytics.encounters', 'analytics.diagnoses'],
  async evolve(event, sql) {
    if (event.type === EncounterOpened.type) {
      const data = event.data;
      await sql.query(
        `INSERT INTO analytics.encounters (encounter_id, class, stay_id, opened_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [data.encounterId, data.class, data.stayId ?? null, data.openedAt],
      );
    } else if (event.type === ProblemRecorded.type) {
      const data = event.data;
      await sql.query(
        `INSERT INTO analytics.diagnoses (problem_id, encounter_id, kind, code, recorded_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [data.problemId, data.encounterId ?? null, data.kind, data.code, data.at],
      );
    }
  },
});
