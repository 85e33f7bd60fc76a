import { defineReaction, reactWith } from '@hms/sdk';
import { ResultReleased } from '@hms/plugin-lab/contracts';
import { RecordObservation } from '../contracts/commands';

/**
 * When the laboratory plugin is enabled, each released result joins the chart's observations (and so its trends)
 * as the laboratory released it: its LOINC code, value and unit, measured when the specimen was taken. Only
 * released results come (the laboratory releases after a second person validated them). A code or unit the chart's
 * observation list does not accept is refused by the chart and skipped (the result stays in the laboratory's
 * cumulative view); with the laboratory disabled its events never come.
 */
export const observationsFromLabResults = defineReaction({
  name: 'ehr.observations-from-lab-results',
  handles: [ResultReleased],
  react: (event) => [
    reactWith(RecordObservation, {
      patientId: event.data.patientId,
      code: event.data.code,
      value: event.data.value,
      unit: event.data.unit,
      effectiveAt: event.data.collectedAt,
    }),
  ],
});
