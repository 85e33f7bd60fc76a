import type { Sql } from '@hms/sdk';
import { normalizeUsername } from './credentials-policy';
import type { PasswordHasher } from './password-hasher';

/** What a login needs to know about an account; never leaves the auth folder. */
export interface LoginAccount {
  readonly id: string;
  readonly password_hash: string;
  readonly disabled: boolean;
  readonly failed_attempts: number;
  readonly locked_until: Date | null;
}

export async function findLoginAccount(sql: Sql, username: string): Promise<LoginAccount | undefined> {
  const [row] = await sql.query<LoginAccount>(
    `SELECT id, password_hash, disabled, failed_attempts, locked_until FROM core.accounts WHERE username = $1`,
    [normalizeUsername(username)],
  );
  return row;
}

/**
 * Upgrades a hash made with weaker parameters while we have the password. (The `failed_attempts`/`locked_until`
 * columns of the old per-account lock are cleared on the way; attempts are now counted by `LoginThrottle`.)
 */
export async function recordSuccessfulLogin(
  sql: Sql,
  hasher: PasswordHasher,
  account: LoginAccount,
  password: string,
): Promise<void> {
  if (hasher.needsRehash(account.password_hash)) {
    const passwordHash = await hasher.hash(password);
    await sql.query(
      // Only if unchanged since we read it: a password reset in between must win.
      `UPDATE core.accounts SET password_hash = $2, failed_attempts = 0, locked_until = NULL
        WHERE id = $1 AND password_hash = $3`,
      [account.id, passwordHash, account.password_hash],
    );
  } else if (account.failed_attempts > 0 || account.locked_until !== null) {
    await sql.query(`UPDATE core.accounts SET failed_attempts = 0, locked_until = NULL WHERE id = $1`, [account.id]);
  }
}
