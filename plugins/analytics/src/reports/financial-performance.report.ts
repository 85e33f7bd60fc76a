import { defineReport, z } from '@hms/sdk';
import { ANALYTICS_REPORT } from '../contracts/permissions';
import { ageingRows, collectionRows, denialRows, revenueRows } from './finance.queries';
import { reportScope, withPeriodChecks } from './report-parameters';
import { notEnabled, REPORT_COLUMNS } from './report-rows';

const SECTIONS = [
  'Revenue per period and department',
  'Collections',
  'Accounts receivable ageing',
  'Claim denial rate',
];

/**
 * Financial performance from billing's published events: revenue per month and category, per payer and per
 * service; collections and days to payment; receivables ageing; claim denials per payer and reason. Amounts are in
 * the currency's major units, the currency in the note. Without the billing plugin each section says so instead
 * of showing zeros a manager could mistake for figures. (Ward, department and practitioner filters do not apply.)
 */
export const financialPerformanceReport = defineReport({
  name: 'analytics.financial-performance',
  title: 'Financial performance',
  description:
    'Revenue per period, category, payer and service, collections, days to payment, receivables ageing and claim denials (needs the billing plugin)',
  parameters: withPeriodChecks(z.strictObject(reportScope)),
  permission: ANALYTICS_REPORT,
  async run(p, ctx) {
    if (!ctx.enabledPlugins.includes('billing')) {
      return {
        columns: REPORT_COLUMNS,
        rows: SECTIONS.map((section) => notEnabled(section, 'billing')),
        summary: { from: p.from, to: p.to, timeZone: p.timeZone },
      };
    }
    const revenue = await revenueRows(ctx.sql, p);
    await ctx.progress(30);
    const collections = await collectionRows(ctx.sql, p);
    await ctx.progress(55);
    const ageing = await ageingRows(ctx.sql, p);
    await ctx.progress(75);
    const denials = await denialRows(ctx.sql, p);
    await ctx.progress(90);
    return {
      columns: REPORT_COLUMNS,
      rows: [...revenue, ...collections, ...ageing, ...denials],
      summary: { from: p.from, to: p.to, timeZone: p.timeZone },
    };
  },
});
