import type { NotificationAudience, Sql, WardMembershipDefinition } from '@hms/sdk';

/**
 * The accounts a notification reaches, when it is raised: the enabled accounts holding the role, the one person,
 * or the accounts on the ward's team as the plugins' ward-membership sources say (members are account ids or the
 * practitioner ids linked to accounts).
 */
export async function audienceAccounts(
  sql: Sql,
  audience: NotificationAudience,
  wards: { readonly sources: readonly WardMembershipDefinition[]; readonly now: string },
): Promise<string[]> {
  if ('role' in audience) {
    const rows = await sql.query<{ id: string }>(
      `SELECT a.id::text AS id FROM core.account_roles r JOIN core.accounts a ON a.id = r.account_id
        WHERE r.role = $1 AND NOT a.disabled ORDER BY a.id`,
      [audience.role],
    );
    return rows.map((row) => row.id);
  }
  const members =
    'person' in audience
      ? [audience.person]
      : (
          await Promise.all(wards.sources.map((source) => source.find({ wardId: audience.ward, now: wards.now, sql })))
        ).flat();
  if (members.length === 0) return [];
  const rows = await sql.query<{ id: string }>(
    `SELECT id::text AS id FROM core.accounts
      WHERE (id::text = ANY($1::text[]) OR practitioner_id = ANY($1::text[])) AND NOT disabled ORDER BY id`,
    [members],
  );
  return rows.map((row) => row.id);
}
