import { randomInt, randomUUID } from 'node:crypto';
import type { Database } from '../database/database';
import { WILDCARD_PERMISSION } from './authenticated-actor';
import { checkPassword } from './credentials-policy';
import { PasswordHasher } from './password-hasher';

export const ADMIN_USERNAME = 'admin';
export const ADMIN_ROLE = 'admin';
/** No 0/O/o, 1/l/I: the generated password is read off a terminal and typed by hand. */
const UNAMBIGUOUS_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const GENERATED_LENGTH = 20;

/** What {@link ensureFirstAdmin} did; print `generatedPassword` once, it is stored nowhere. */
export interface FirstAdminResult {
  readonly created: boolean;
  readonly username: string;
  readonly generatedPassword?: string;
}

/**
 * On a fresh installation (no account at all) creates `admin` with the `admin` role (`'*'`), using `password`
 * (from HMS_ADMIN_PASSWORD) or a generated one. Processes starting together serialise on an advisory lock, so
 * exactly one creates it.
 */
export async function ensureFirstAdmin(
  db: Database,
  options: { password?: string; hasher?: PasswordHasher } = {},
): Promise<FirstAdminResult> {
  if (await anyAccount(db)) return { created: false, username: ADMIN_USERNAME };
  if (options.password !== undefined) checkPassword(options.password);
  const generatedPassword = options.password === undefined ? generatePassword() : undefined;
  const hasher = options.hasher ?? new PasswordHasher();
  const passwordHash = await hasher.hash(options.password ?? generatedPassword ?? '');
  const created = await db.transaction(async (sql) => {
    await sql.query(`SELECT pg_advisory_xact_lock(hashtext('hms.auth.first-admin'))`);
    // READ COMMITTED: this statement sees whatever the process that held the lock before us committed.
    if (await anyAccount(sql)) return false;
    const id = randomUUID();
    // No account exists, so nobody can be using the role yet: make sure it really holds every permission.
    await sql.query(
      `INSERT INTO core.roles (name, description, permissions) VALUES ($1, 'Every permission', $2)
       ON CONFLICT (name) DO UPDATE SET permissions = EXCLUDED.permissions`,
      [ADMIN_ROLE, [WILDCARD_PERMISSION]],
    );
    await sql.query(
      `INSERT INTO core.accounts (id, username, password_hash, display_name) VALUES ($1, $2, $3, 'Administrator')`,
      [id, ADMIN_USERNAME, passwordHash],
    );
    await sql.query(`INSERT INTO core.account_roles (account_id, role) VALUES ($1, $2)`, [id, ADMIN_ROLE]);
    return true;
  });
  if (!created) return { created: false, username: ADMIN_USERNAME };
  return generatedPassword === undefined
    ? { created: true, username: ADMIN_USERNAME }
    : { created: true, username: ADMIN_USERNAME, generatedPassword };
}

/** A random password from an alphabet without look-alike characters (about 116 bits for 20 characters). */
export function generatePassword(length = GENERATED_LENGTH): string {
  let password = '';
  for (let i = 0; i < length; i++) password += UNAMBIGUOUS_ALPHABET[randomInt(UNAMBIGUOUS_ALPHABET.length)];
  return password;
}

async function anyAccount(sql: Pick<Database, 'query'>): Promise<boolean> {
  const [row] = await sql.query<{ exists: boolean }>(`SELECT EXISTS (SELECT 1 FROM core.accounts) AS exists`);
  return row?.exists === true;
}
