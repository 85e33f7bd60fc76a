import { handleQuery } from '@hms/sdk';
import { CATALOGUE_READ } from '../contracts/permissions';
import { ListChargeRules } from '../contracts/queries';

export const listChargeRulesHandler = handleQuery(ListChargeRules, {
  permission: CATALOGUE_READ,
  async handle(_params, ctx) {
    const rows = await ctx.sql.query<{ key: string; service_code: string }>(
      `SELECT key, service_code FROM billing.charge_rules ORDER BY key`,
    );
    return { rules: rows.map((r) => ({ key: r.key, serviceCode: r.service_code })) };
  },
});
