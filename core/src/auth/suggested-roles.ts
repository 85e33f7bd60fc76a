import type { Database } from '../database/database';
import { checkRole, type RoleDefinition } from './account.service';
import { WILDCARD_PERMISSION } from './authenticated-actor';

/**
 * Creates the roles plugins suggest (front desk, nurse…) when they do not exist yet. An existing role is never
 * touched: the hospital may have edited it, and its edit wins. Answers the names created. A plugin may not
 * suggest the wildcard `'*'`: only the hospital hands out every permission.
 */
export async function syncSuggestedRoles(db: Database, roles: readonly RoleDefinition[]): Promise<string[]> {
  roles.forEach(checkRole);
  const greedy = roles.find((role) => role.permissions.includes(WILDCARD_PERMISSION));
  if (greedy) throw new Error(`Suggested role "${greedy.name}" may not hold the '*' permission`);
  if (roles.length === 0) return [];
  const rows = await db.query<{ name: string }>(
    `INSERT INTO core.roles (name, description, permissions)
     SELECT r.name, r.description, ARRAY(SELECT jsonb_array_elements_text(r.permissions))
       FROM jsonb_to_recordset($1::jsonb) AS r (name text, description text, permissions jsonb)
     ON CONFLICT (name) DO NOTHING
     RETURNING name`,
    [JSON.stringify(roles.map((role) => ({ ...role, permissions: unique(role.permissions) })))],
  );
  return rows.map((row) => row.name).sort();
}

function unique(permissions: readonly string[]): string[] {
  return [...new Set(permissions)];
}
