import { ForbiddenError, type QueryContext } from '@hms/sdk';
import { ResolveAccounts } from '@hms/plugin-staff/contracts';
import type { EncounterSummary } from '../contracts/queries';

/**
 * Names the signers of a summary's notes through the staff plugin's published directory of login accounts, where
 * staff is enabled and the user may read it (`staff:directory:read`, asked as the user): "Ada Example,
 * Consultant physician". Otherwise the names stay null and the summary is the same as without staff.
 */
export async function withSignerNames(ctx: QueryContext, summary: EncounterSummary): Promise<EncounterSummary> {
  const accountIds = [...new Set(summary.notes.map((n) => n.signedBy))];
  if (accountIds.length === 0 || !ctx.isEnabled('staff')) return summary;
  const names = new Map<string, string>();
  for (let i = 0; i < accountIds.length; i += 200) {
    const { items } = await ctx
      .ask(ResolveAccounts, { accountIds: accountIds.slice(i, i + 200) })
      .catch((error: unknown) => {
        if (error instanceof ForbiddenError) return { items: [] };
        throw error;
      });
    for (const p of items) names.set(p.accountId, `${p.name}, ${p.position}`);
  }
  return { ...summary, notes: summary.notes.map((n) => ({ ...n, signedByName: names.get(n.signedBy) ?? null })) };
}
