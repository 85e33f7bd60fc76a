import { defineReport, z } from '@hms/sdk';
import { ANALYTICS_REPORT } from '../contracts/permissions';
import { reportScope, withPeriodChecks } from './report-parameters';
import { notEnabled, REPORT_COLUMNS, type ReportRow } from './report-rows';
import {
  staffAbsence,
  staffCost,
  staffHours,
  staffOvertime,
  trainingCompliance,
  type WorkforceScope,
} from './workforce.queries';

const SECTIONS = ['Staff hours', 'Overtime', 'Absence', 'Training compliance', 'Staff cost'];

/**
 * The workforce over a period, from what the staff plugin publishes (never its tables): hours worked against
 * rostered, overtime, absence rate, mandatory training compliance and staff cost, per department. `wardId`
 * narrows it to one department (a ward's staff are the department with the ward's id).
 */
export const workforceReport = defineReport({
  name: 'analytics.workforce',
  title: 'Workforce',
  description: 'Staff hours, overtime, absence rate, training compliance and cost per department (needs staff)',
  parameters: withPeriodChecks(z.strictObject(reportScope)),
  permission: ANALYTICS_REPORT,
  async run(p, ctx) {
    const rows: ReportRow[] = [];
    if (!ctx.enabledPlugins.includes('staff')) {
      rows.push(...SECTIONS.map((section) => notEnabled(section, 'staff')));
    } else {
      const scope: WorkforceScope = {
        from: p.from,
        to: p.to,
        timeZone: p.timeZone,
        now: ctx.now,
        departmentId: p.wardId ?? null,
      };
      const steps = [staffHours, staffOvertime, staffAbsence, trainingCompliance, staffCost];
      for (const [index, step] of steps.entries()) {
        rows.push(...(await step(ctx.sql, scope)));
        await ctx.progress(Math.round(((index + 1) / steps.length) * 90));
      }
    }
    return {
      columns: REPORT_COLUMNS,
      rows: rows as never[],
      summary: { from: p.from, to: p.to, timeZone: p.timeZone },
    };
  },
});
