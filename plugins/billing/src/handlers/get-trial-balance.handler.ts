import { handleQuery } from '@hms/sdk';
import { REPORT_READ } from '../contracts/permissions';
import { GetTrialBalance } from '../contracts/queries';

/**
 * Per account of the ledger (debits − credits), with the patients' accounts summed per kind so the figures name
 * no patient. The books balance when total debits equal total credits.
 */
export const getTrialBalanceHandler = handleQuery(GetTrialBalance, {
  permission: REPORT_READ,
  async handle(_params, ctx) {
    const rows = await ctx.sql.query<{ account: string; debit: string; credit: string; currency: string }>(
      `SELECT CASE WHEN account LIKE 'patient-%' THEN split_part(account, ':', 1) ELSE account END AS account,
              sum(debit)::text AS debit, sum(credit)::text AS credit, min(currency) AS currency
         FROM billing.ledger_postings GROUP BY 1 ORDER BY 1`,
    );
    const debits = rows.reduce((s, r) => s + Number(r.debit), 0);
    const credits = rows.reduce((s, r) => s + Number(r.credit), 0);
    return {
      currency: rows[0]?.currency ?? null,
      debits,
      credits,
      accounts: rows.map((r) => ({ account: r.account, balance: Number(r.debit) - Number(r.credit) })),
    };
  },
});
