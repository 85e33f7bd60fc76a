import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '@hms/sdk';
import type { Database } from '../database/database';
import { checkPassword, checkUsername } from './credentials-policy';
import { PasswordHasher } from './password-hasher';
import { sqlConstraint, sqlState } from './pg-errors';

/** What a new account needs; roles must exist already. */
export interface NewAccount {
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
  readonly roles?: readonly string[];
}

/** A role: a named set of permissions (`'*'` means every permission). */
export interface RoleDefinition {
  readonly name: string;
  readonly description: string;
  readonly permissions: readonly string[];
}

const ROLE_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Manages accounts and roles. Errors carry ids only, never usernames or hashes. */
export class AccountService {
  private readonly hasher: PasswordHasher;
  private readonly minPasswordLength: number | undefined;
  private readonly revoking: <T>(change: () => Promise<T>) => Promise<T>;

  constructor(
    private readonly db: Database,
    options: {
      hasher?: PasswordHasher;
      minPasswordLength?: number;
      /**
       * Runs each change to a password, a disabled flag or roles, so that the API's session cache forgets what it
       * resolved before the change is answered ({@link SessionService.revoking}). Default: just runs it.
       */
      revoking?: <T>(change: () => Promise<T>) => Promise<T>;
    } = {},
  ) {
    this.hasher = options.hasher ?? new PasswordHasher();
    this.minPasswordLength = options.minPasswordLength;
    this.revoking = options.revoking ?? ((change) => change());
  }

  /** Creates an account with its roles in one transaction; `USERNAME_TAKEN` (409) when the name is in use. */
  async createAccount(input: NewAccount): Promise<{ id: string }> {
    const username = checkUsername(input.username);
    checkPassword(input.password, this.minPasswordLength, input.username);
    const displayName = input.displayName.trim();
    if (!displayName) throw new ValidationError([{ path: 'displayName', message: 'Required' }]);
    const id = randomUUID();
    const passwordHash = await this.hasher.hash(input.password);
    try {
      await this.db.transaction(async (sql) => {
        await sql.query(
          `INSERT INTO core.accounts (id, username, password_hash, display_name) VALUES ($1, $2, $3, $4)`,
          [id, username, passwordHash, displayName],
        );
        for (const role of input.roles ?? []) {
          await sql.query(`INSERT INTO core.account_roles (account_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
            id,
            role,
          ]);
        }
      });
    } catch (error) {
      throw translate(error, { accountId: id });
    }
    return { id };
  }

  /** Replaces the password and ends every session and API token of the account. */
  async setPassword(accountId: string, password: string): Promise<void> {
    const [account] = await this.db.query<{ username: string }>(`SELECT username FROM core.accounts WHERE id = $1`, [
      accountId,
    ]);
    if (!account) throw new NotFoundError('ACCOUNT_NOT_FOUND', { accountId });
    checkPassword(password, this.minPasswordLength, account.username);
    const passwordHash = await this.hasher.hash(password);
    await this.revoking(() =>
      this.db.transaction(async (sql) => {
        const rows = await sql.query(
          `UPDATE core.accounts SET password_hash = $2, failed_attempts = 0, locked_until = NULL WHERE id = $1 RETURNING id`,
          [accountId, passwordHash],
        );
        if (rows.length === 0) throw new NotFoundError('ACCOUNT_NOT_FOUND', { accountId });
        await sql.query(`DELETE FROM core.sessions WHERE account_id = $1`, [accountId]);
      }),
    );
  }

  /**
   * Disables (or re-enables) an account. Disabling ends every session and API token of the account for good, in the
   * same transaction: re-enabling it later must not bring a token issued before (perhaps to whoever it was disabled
   * for) back to life. The person signs in again.
   */
  async setDisabled(accountId: string, disabled: boolean): Promise<void> {
    const change = () =>
      this.db.transaction(async (sql) => {
        const rows = await sql.query(`UPDATE core.accounts SET disabled = $2 WHERE id = $1 RETURNING id`, [
          accountId,
          disabled,
        ]);
        if (rows.length === 0) throw new NotFoundError('ACCOUNT_NOT_FOUND', { accountId });
        if (disabled) await sql.query(`DELETE FROM core.sessions WHERE account_id = $1`, [accountId]);
      });
    // Enabling ends nothing: a disabled account has no session left to be cached anywhere.
    await (disabled ? this.revoking(change) : change());
  }

  /** Creates the role or replaces its description and permissions. */
  async upsertRole(name: string, description: string, permissions: readonly string[]): Promise<void> {
    checkRole({ name, description, permissions });
    await this.revoking(() =>
      this.db.query(
        `INSERT INTO core.roles (name, description, permissions) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description, permissions = EXCLUDED.permissions`,
        [name, description, [...new Set(permissions)]],
      ),
    );
  }

  /** Grants a role; granting it twice is a no-op. */
  async assignRole(accountId: string, role: string): Promise<void> {
    try {
      await this.revoking(() =>
        this.db.query(`INSERT INTO core.account_roles (account_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          accountId,
          role,
        ]),
      );
    } catch (error) {
      throw translate(error, { accountId, role });
    }
  }

  /** Withdraws a role; withdrawing one the account lacks is a no-op. */
  async revokeRole(accountId: string, role: string): Promise<void> {
    await this.revoking(() =>
      this.db.query(`DELETE FROM core.account_roles WHERE account_id = $1 AND role = $2`, [accountId, role]),
    );
  }
}

/** Throws a `ValidationError` for a malformed role name or permission list. */
export function checkRole(role: RoleDefinition): void {
  if (!ROLE_NAME_PATTERN.test(role.name)) {
    throw new ValidationError(
      [{ path: 'name', message: 'Use lower-case letters, digits, dots, dashes or underscores' }],
      'INVALID_ROLE',
    );
  }
  if (role.permissions.some((permission) => typeof permission !== 'string' || permission.trim() === '')) {
    throw new ValidationError(
      [{ path: 'permissions', message: 'Permissions must be non-empty strings' }],
      'INVALID_ROLE',
    );
  }
}

function translate(error: unknown, ids: { accountId: string; role?: string }): unknown {
  const state = sqlState(error);
  const constraint = sqlConstraint(error);
  if (state === '23505' && constraint === 'accounts_username_key') {
    // No cause: the driver's message names the username.
    return new ConflictError('USERNAME_TAKEN');
  }
  if (state === '23503' && constraint === 'account_roles_role_fk') {
    const details = ids.role === undefined ? {} : { role: ids.role };
    return new NotFoundError('ROLE_NOT_FOUND', details, { cause: error });
  }
  if (state === '23503' && constraint === 'account_roles_account_fk') {
    return new NotFoundError('ACCOUNT_NOT_FOUND', { accountId: ids.accountId }, { cause: error });
  }
  return error;
}
