import { ConflictError, NotFoundError, ValidationError } from '@hms/sdk';
import type { MikroOrmDatabase } from '../database/mikro-orm-database';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { AccountService } from './account.service';
import { authMigrations } from './auth.migrations';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { syncSuggestedRoles } from './suggested-roles';

describe(AccountService.name, () => {
  let testDb: MigratedTestDatabase;
  let db: MikroOrmDatabase;
  let accounts: AccountService;
  let sessions: SessionService;
  const hasher = new PasswordHasher({ params: { N: 2 ** 10 } });

  beforeAll(async () => {
    testDb = await openMigratedTestDatabase(authMigrations);
    db = testDb.db;
    accounts = new AccountService(db, { hasher });
    sessions = new SessionService(db, { hasher });
    await accounts.upsertRole('nurse', 'Ward nurse', ['patient:record:read']);
  });

  afterAll(async () => {
    await testDb?.close();
  });

  it('refuses a username already taken, whatever its case, naming no one', async () => {
    await accounts.createAccount({ username: 'jdoe', password: 'password one for tests', displayName: 'J' });
    const error: unknown = await accounts
      .createAccount({ username: 'JDoe', password: 'password two for tests', displayName: 'J2' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'USERNAME_TAKEN', details: {} });
    expect(JSON.stringify(error)).not.toContain('jdoe');
  });

  it('creates nothing when a role does not exist', async () => {
    await expect(
      accounts.createAccount({
        username: 'ghost',
        password: 'password one for tests',
        displayName: 'G',
        roles: ['no-such-role'],
      }),
    ).rejects.toMatchObject({ code: 'ROLE_NOT_FOUND' });
    expect(await db.query(`SELECT 1 FROM core.accounts WHERE username = 'ghost'`)).toHaveLength(0);
  });

  it('validates usernames, passwords and display names', async () => {
    await expect(
      accounts.createAccount({ username: 'a b', password: 'password one for tests', displayName: 'X' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(accounts.createAccount({ username: 'ab', password: 'short', displayName: 'X' })).rejects.toMatchObject(
      { code: 'WEAK_PASSWORD' },
    );
    await expect(
      accounts.createAccount({ username: 'ab', password: 'password one for tests', displayName: ' ' }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('assigns and revokes roles, translating unknown ids', async () => {
    const { id } = await accounts.createAccount({
      username: 'roley',
      password: 'password one for tests',
      displayName: 'R',
    });
    await accounts.assignRole(id, 'nurse');
    await accounts.assignRole(id, 'nurse');
    const { account } = await sessions.login('roley', 'password one for tests', null);
    expect(account.has('patient:record:read')).toBe(true);
    await accounts.revokeRole(id, 'nurse');
    expect((await sessions.login('roley', 'password one for tests', null)).account.has('patient:record:read')).toBe(
      false,
    );
    await expect(accounts.assignRole(id, 'pilot')).rejects.toMatchObject({
      code: 'ROLE_NOT_FOUND',
      details: { role: 'pilot' },
    });
    await expect(accounts.assignRole('7d1d7d57-6a53-4c4e-9d0e-000000000000', 'nurse')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('replaces a role’s permissions on upsert, and the change applies to live sessions', async () => {
    const { id } = await accounts.createAccount({
      username: 'upsy',
      password: 'password one for tests',
      displayName: 'U',
      roles: ['nurse'],
    });
    const { token } = await sessions.login('upsy', 'password one for tests', null);
    await accounts.upsertRole('nurse', 'Ward nurse', ['patient:record:read', 'ehr:note:write']);
    expect((await sessions.authenticate(token))?.has('ehr:note:write')).toBe(true);
    expect(id).toBeDefined();
  });

  it('ends every session when the password changes', async () => {
    const { id } = await accounts.createAccount({
      username: 'changer',
      password: 'password one for tests',
      displayName: 'C',
    });
    const { token } = await sessions.login('changer', 'password one for tests', null);
    await accounts.setPassword(id, 'password two for tests');
    expect(await sessions.authenticate(token)).toBeNull();
    await expect(sessions.login('changer', 'password one for tests', null)).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    await expect(sessions.login('changer', 'password two for tests', null)).resolves.toBeDefined();
    await expect(accounts.setPassword('7d1d7d57-6a53-4c4e-9d0e-000000000000', 'password three')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  describe(syncSuggestedRoles.name, () => {
    it('creates missing roles and never overwrites an existing one', async () => {
      await accounts.upsertRole('front-desk', 'Edited by the hospital', ['patient:record:read']);
      const created = await syncSuggestedRoles(db, [
        {
          name: 'front-desk',
          description: 'Suggested',
          permissions: ['patient:record:read', 'patient:record:register'],
        },
        {
          name: 'pharmacist',
          description: 'Dispenses',
          permissions: ['inventory:stock:dispense', 'inventory:stock:dispense'],
        },
      ]);
      expect(created).toEqual(['pharmacist']);
      const rows = await db.query(
        `SELECT name, description, permissions FROM core.roles WHERE name IN ('front-desk', 'pharmacist') ORDER BY name`,
      );
      expect(rows).toEqual([
        { name: 'front-desk', description: 'Edited by the hospital', permissions: ['patient:record:read'] },
        { name: 'pharmacist', description: 'Dispenses', permissions: ['inventory:stock:dispense'] },
      ]);
      await expect(
        syncSuggestedRoles(db, [{ name: 'pharmacist', description: 'x', permissions: [] }]),
      ).resolves.toEqual([]);
    });

    it("refuses a suggestion of the '*' permission", async () => {
      await expect(syncSuggestedRoles(db, [{ name: 'sneaky', description: 'x', permissions: ['*'] }])).rejects.toThrow(
        /'\*'/,
      );
      expect(await db.query(`SELECT 1 FROM core.roles WHERE name = 'sneaky'`)).toHaveLength(0);
    });
  });
});
