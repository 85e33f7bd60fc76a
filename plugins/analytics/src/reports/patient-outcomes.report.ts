import { defineReport, z } from '@hms/sdk';
import { ANALYTICS_REPORT } from '../contracts/permissions';
import { topDiagnoses } from './diagnoses.queries';
import { activityPerPeriod, dispositions, lengthOfStay, readmissions, type OutcomeScope } from './outcomes.queries';
import { periodBounds } from './period-bounds';
import { reportScope, withPeriodChecks } from './report-parameters';
import { notEnabled, REPORT_COLUMNS, type ReportRow } from './report-rows';

const parameters = withPeriodChecks(
  z.strictObject({
    ...reportScope,
    interval: z
      .enum(['day', 'week', 'month'])
      .default('week')
      .describe('How activity is grouped (weeks start on Monday)'),
    readmissionDays: z.number().int().min(1).max(365).default(30).describe('The readmission window in days'),
  }),
);

/**
 * Patient outcomes over a period: length of stay, readmissions, discharge dispositions, most frequent diagnoses,
 * and admissions and visits per day, week or month. docs/analytics.md defines every figure.
 */
export const patientOutcomesReport = defineReport({
  name: 'analytics.patient-outcomes',
  title: 'Patient outcomes',
  description: 'Length of stay, readmissions, discharge dispositions, diagnoses, admissions and visits over a period',
  parameters,
  permission: ANALYTICS_REPORT,
  async run(p, ctx) {
    const rows: ReportRow[] = [];
    if (!ctx.enabledPlugins.includes('patient')) {
      rows.push(
        notEnabled('Length of stay', 'patient'),
        notEnabled('Readmissions', 'patient'),
        notEnabled('Discharge dispositions', 'patient'),
        notEnabled('Activity', 'patient'),
      );
    } else {
      const scope: OutcomeScope = {
        ...(await periodBounds(ctx.sql, p)),
        now: ctx.now,
        timeZone: p.timeZone,
        wardId: p.wardId ?? null,
        department: p.department ?? null,
        practitionerId: p.practitionerId ?? null,
      };
      rows.push(...(await lengthOfStay(ctx.sql, scope)));
      await ctx.progress(25);
      rows.push(...(await readmissions(ctx.sql, scope, p.readmissionDays)));
      await ctx.progress(50);
      rows.push(...(await dispositions(ctx.sql, scope)));
      await ctx.progress(70);
      rows.push(...(await activityPerPeriod(ctx.sql, scope, p.interval)));
      await ctx.progress(90);
    }
    if (ctx.enabledPlugins.includes('ehr')) {
      rows.push(
        ...(await topDiagnoses(ctx.sql, {
          ...(await periodBounds(ctx.sql, p)),
          now: ctx.now,
          timeZone: p.timeZone,
          wardId: p.wardId ?? null,
          department: p.department ?? null,
          practitionerId: null,
        })),
      );
    } else {
      rows.push(notEnabled('Most frequent diagnoses', 'ehr'));
    }
    return {
      columns: REPORT_COLUMNS,
      rows: rows as never[],
      summary: { from: p.from, to: p.to, timeZone: p.timeZone },
    };
  },
});
