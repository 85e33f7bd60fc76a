import { defineReport, z } from '@hms/sdk';
import { ANALYTICS_REPORT } from '../contracts/permissions';
import { reportScope, withPeriodChecks } from './report-parameters';
import { notEnabled, REPORT_COLUMNS, row } from './report-rows';

const SECTIONS = ['Revenue per period and department', 'Accounts receivable ageing', 'Claim denial rate'];

/**
 * Financial performance: revenue, AR ageing and claim denials. Billing publishes nothing analytics can read yet,
 * so each section says the billing plugin is not enabled (or, once enabled, that analytics does not read it yet)
 * instead of showing zeros a manager could mistake for figures.
 */
export const financialPerformanceReport = defineReport({
  name: 'analytics.financial-performance',
  title: 'Financial performance',
  description:
    'Revenue per period and department, accounts-receivable ageing and claim denial rate (needs the billing plugin)',
  parameters: withPeriodChecks(z.strictObject(reportScope)),
  permission: ANALYTICS_REPORT,
  async run(p, ctx) {
    const enabled = ctx.enabledPlugins.includes('billing');
    const rows = SECTIONS.map((section) =>
      enabled
        ? row({ section, measure: 'not available', note: "analytics does not read the billing plugin's events yet" })
        : notEnabled(section, 'billing'),
    );
    await ctx.progress(90);
    return {
      columns: REPORT_COLUMNS,
      rows: rows as never[],
      summary: { from: p.from, to: p.to, timeZone: p.timeZone },
    };
  },
});
