import { handleQuery } from '@hms/sdk';
import { CHART_READ } from '../contracts/permissions';
import { GetEncounterSummary } from '../contracts/queries';
import { encounterSummary, type EncounterSummary } from '../reports/encounter-summary';
import { encounterSummaryPdf } from '../reports/encounter-summary.pdf';
import { chartAsOf } from './chart.query';
import { findEncounter } from './encounter.queries';
import { patientIdentity } from './patient-identity';
import { withSignerNames } from './signer-names';

/** Generated on request from the events: the chart as of the encounter's end, so a later change does not rewrite it. */
export const getEncounterSummaryHandler = handleQuery<
  typeof GetEncounterSummary,
  { patientId: string; summary: EncounterSummary; pdf?: Buffer }
>(GetEncounterSummary, {
  permission: CHART_READ,
  auditPatient: (_params, result) => result?.patientId,
  async handle({ encounterId, format, timeZone, locale }, ctx) {
    const encounter = await findEncounter(ctx, encounterId);
    const asOf = encounter.closedAt ?? ctx.now;
    const summary = await withSignerNames(
      ctx,
      encounterSummary(encounter, await chartAsOf(ctx, encounter.patientId, asOf), asOf),
    );
    const pdf =
      format === 'pdf'
        ? encounterSummaryPdf(summary, {
            createdAt: new Date(ctx.now),
            timeZone,
            locale,
            patient: await patientIdentity(ctx, encounter.patientId),
          })
        : undefined;
    return { patientId: encounter.patientId, summary, ...(pdf ? { pdf } : {}) };
  },
});
