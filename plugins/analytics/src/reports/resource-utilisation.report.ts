import { defineReport, z } from '@hms/sdk';
import { ANALYTICS_REPORT } from '../contracts/permissions';
import { appointmentUtilisation } from './appointments.queries';
import { bedOccupancy } from './occupancy.queries';
import { reportScope, withPeriodChecks } from './report-parameters';
import { notEnabled, REPORT_COLUMNS, type ReportRow } from './report-rows';
import { stockTurnover } from './stock.queries';
import { staffHours } from './workforce.queries';

/**
 * Resource utilisation over a period: bed occupancy per ward and day, appointment slot utilisation and no-show
 * rate per practitioner, staff hours worked against rostered per department, and stock turnover per item (with
 * inventory).
 */
export const resourceUtilisationReport = defineReport({
  name: 'analytics.resource-utilisation',
  title: 'Resource utilisation',
  description:
    'Bed occupancy per ward and day, appointment slot use and no-shows per practitioner, staff hours, stock turnover',
  parameters: withPeriodChecks(z.strictObject(reportScope)),
  permission: ANALYTICS_REPORT,
  async run(p, ctx) {
    const rows: ReportRow[] = [];
    if (!ctx.enabledPlugins.includes('patient')) {
      rows.push(notEnabled('Bed occupancy', 'patient'), notEnabled('Appointment slots', 'patient'));
    } else {
      rows.push(
        ...(await bedOccupancy(ctx.sql, {
          from: p.from,
          to: p.to,
          timeZone: p.timeZone,
          now: ctx.now,
          wardId: p.wardId ?? null,
          department: p.department ?? null,
        })),
      );
      await ctx.progress(50);
      rows.push(
        ...(await appointmentUtilisation(ctx.sql, {
          from: p.from,
          to: p.to,
          timeZone: p.timeZone,
          practitionerId: p.practitionerId ?? null,
        })),
      );
      await ctx.progress(90);
    }
    // Staff hours from staff's published rosters and clock; stock turnover from inventory's stock movements.
    rows.push(
      ...(ctx.enabledPlugins.includes('staff')
        ? await staffHours(ctx.sql, { ...p, now: ctx.now, departmentId: p.wardId ?? null })
        : [notEnabled('Staff hours', 'staff')]),
      ...(ctx.enabledPlugins.includes('inventory')
        ? await stockTurnover(ctx.sql, p)
        : [notEnabled('Stock turnover', 'inventory')]),
    );
    return {
      columns: REPORT_COLUMNS,
      rows: rows as never[],
      summary: { from: p.from, to: p.to, timeZone: p.timeZone },
    };
  },
});
