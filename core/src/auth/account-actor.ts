import type { Sql } from '@hms/sdk';
import { AuthenticatedActor } from './authenticated-actor';

/** The account's current permissions: the union of its roles'. */
const ACCOUNT_ACTOR_QUERY = `
  SELECT a.id, a.username, a.display_name,
         coalesce(array_agg(DISTINCT p.permission) FILTER (WHERE p.permission IS NOT NULL), '{}') AS permissions
    FROM core.accounts a
    LEFT JOIN core.account_roles ar ON ar.account_id = a.id
    LEFT JOIN core.roles r ON r.name = ar.role
    LEFT JOIN LATERAL unnest(r.permissions) AS p (permission) ON true
   WHERE a.id = $1 AND NOT a.disabled
   GROUP BY a.id`;

/**
 * The account as an actor with its permissions as they are now, without a session: for work done later on an
 * account's behalf (a report run waiting in a queue). Undefined when the account is gone or disabled.
 */
export async function actorOfAccount(sql: Sql, accountId: string): Promise<AuthenticatedActor | undefined> {
  const [row] = await sql.query<{ id: string; username: string; display_name: string; permissions: string[] }>(
    ACCOUNT_ACTOR_QUERY,
    [accountId],
  );
  return row && new AuthenticatedActor(row.id, row.username, row.display_name, new Set(row.permissions));
}
