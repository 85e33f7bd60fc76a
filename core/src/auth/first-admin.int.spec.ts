import { MikroOrmDatabase } from '../database/mikro-orm-database';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { authMigrations } from './auth.migrations';
import { ensureFirstAdmin, generatePassword } from './first-admin';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';

const hasher = new PasswordHasher({ params: { N: 2 ** 10 } });

describe(ensureFirstAdmin.name, () => {
  let testDb: MigratedTestDatabase;
  let db: MikroOrmDatabase;

  beforeEach(async () => {
    testDb = await openMigratedTestDatabase(authMigrations);
    db = testDb.db;
  });

  afterEach(async () => {
    await testDb?.close();
  });

  it('creates admin with a generated password once, and does nothing afterwards', async () => {
    const first = await ensureFirstAdmin(db, { hasher });
    expect(first).toMatchObject({ created: true, username: 'admin' });
    expect(first.generatedPassword).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{20}$/);
    const { account } = await new SessionService(db, { hasher }).login('admin', first.generatedPassword ?? '', null);
    expect(account.has('any:thing:at-all')).toBe(true);
    await expect(ensureFirstAdmin(db, { hasher })).resolves.toEqual({ created: false, username: 'admin' });
    expect(await db.query(`SELECT username FROM core.accounts`)).toEqual([{ username: 'admin' }]);
  });

  it('uses the given password (HMS_ADMIN_PASSWORD) and returns none', async () => {
    await expect(ensureFirstAdmin(db, { password: 'from the environment', hasher })).resolves.toEqual({
      created: true,
      username: 'admin',
    });
    await expect(
      new SessionService(db, { hasher }).login('admin', 'from the environment', null),
    ).resolves.toBeDefined();
  });

  it('creates exactly one admin when several processes start at once', async () => {
    const processes = await Promise.all(
      Array.from({ length: 4 }, () => MikroOrmDatabase.connect({ url: testDb.url, poolSize: 2 })),
    );
    try {
      const results = await Promise.all(processes.map((process) => ensureFirstAdmin(process, { hasher })));
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(await db.query(`SELECT username FROM core.accounts`)).toEqual([{ username: 'admin' }]);
      expect(await db.query(`SELECT role FROM core.account_roles`)).toEqual([{ role: 'admin' }]);
    } finally {
      await Promise.all(processes.map((process) => process.close()));
    }
  });

  it('does nothing when other accounts exist already', async () => {
    await db.query(
      `INSERT INTO core.accounts (id, username, password_hash, display_name) VALUES (gen_random_uuid(), 'someone', 'x', 'S')`,
    );
    await expect(ensureFirstAdmin(db, { hasher })).resolves.toEqual({ created: false, username: 'admin' });
  });

  it('restores the admin role to every permission on a fresh installation', async () => {
    await db.query(
      `INSERT INTO core.roles (name, description, permissions) VALUES ('admin', 'edited', '{patient:record:read}')`,
    );
    await ensureFirstAdmin(db, { hasher });
    expect(await db.query(`SELECT permissions FROM core.roles WHERE name = 'admin'`)).toEqual([{ permissions: ['*'] }]);
  });
});

describe(generatePassword.name, () => {
  it('draws 20 characters from an alphabet without look-alikes', () => {
    const passwords = Array.from({ length: 200 }, () => generatePassword());
    for (const password of passwords) expect(password).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{20}$/);
    expect(new Set(passwords).size).toBe(200);
  });
});
