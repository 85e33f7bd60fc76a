import { UnauthenticatedError } from './unauthenticated-error';
import type { MikroOrmDatabase } from '../database/mikro-orm-database';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { AccountService } from './account.service';
import { authMigrations } from './auth.migrations';
import { PasswordHasher } from './password-hasher';
import { hashSessionToken } from './session-token';
import { SessionService } from './session.service';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

class TestClock {
  private current = Date.parse('2026-03-02T08:00:00.000Z');
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

describe(SessionService.name, () => {
  let testDb: MigratedTestDatabase;
  let db: MikroOrmDatabase;
  let clock: TestClock;
  let accounts: AccountService;
  let sessions: SessionService;
  const hasher = new PasswordHasher({ params: { N: 2 ** 10 } });
  let nurseId: string;

  beforeAll(async () => {
    testDb = await openMigratedTestDatabase(authMigrations);
    db = testDb.db;
    accounts = new AccountService(db, { hasher });
    await accounts.upsertRole('nurse', 'Ward nurse', ['patient:record:read', 'ehr:note:write']);
    await accounts.upsertRole('clerk', 'Front desk', ['patient:record:read', 'patient:record:register']);
    await accounts.upsertRole('admin', 'Every permission', ['*']);
    ({ id: nurseId } = await accounts.createAccount({
      username: 'Nurse.Joy',
      password: 'correct horse battery',
      displayName: 'Nurse Joy',
      roles: ['nurse', 'clerk'],
    }));
  });

  afterAll(async () => {
    await testDb?.close();
  });

  beforeEach(() => {
    clock = new TestClock();
    sessions = new SessionService(db, { hasher, clock });
  });

  async function failedLogin(username: string, password: string): Promise<string> {
    const error: unknown = await sessions.login(username, password, '10.0.0.1').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect((error as UnauthenticatedError).status).toBe(401);
    expect((error as UnauthenticatedError).details).toEqual({});
    return (error as UnauthenticatedError).code;
  }

  it('logs in with the right password (username case-insensitive) and stores only the token hash', async () => {
    const result = await sessions.login('NURSE.joy', 'correct horse battery', '10.0.0.1');
    expect(result.account).toMatchObject({ id: nurseId, username: 'nurse.joy', displayName: 'Nurse Joy' });
    expect(result.expiresAt).toEqual(new Date(clock.now().getTime() + 12 * HOUR));
    expect(JSON.stringify(result)).not.toContain('scrypt');
    const rows = await db.query<{ token_hash: Buffer; kind: string; source: string }>(`SELECT * FROM core.sessions`);
    expect(rows.map((row) => row.kind)).toContain('session');
    expect(rows.some((row) => row.token_hash.equals(hashSessionToken(result.token)))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(result.token);
  });

  it('answers INVALID_CREDENTIALS alike for a wrong password and an unknown user', async () => {
    expect(await failedLogin('nurse.joy', 'wrong horse')).toBe('INVALID_CREDENTIALS');
    expect(await failedLogin('nobody', 'correct horse battery')).toBe('INVALID_CREDENTIALS');
    expect(await failedLogin('nurse.joy', 'x'.repeat(5000))).toBe('INVALID_CREDENTIALS');
    await sessions.login('nurse.joy', 'correct horse battery', null); // resets the failure count
  });

  it("changes one's own password only with the current one, and ends the account's other sessions", async () => {
    const { id } = await accounts.createAccount({
      username: 'changer',
      password: 'my first passphrase',
      displayName: 'C',
    });
    const here = await sessions.login('changer', 'my first passphrase', null);
    const elsewhere = await sessions.login('changer', 'my first passphrase', null);
    const { token: apiToken } = await sessions.issueApiToken(id, null);
    const change = (currentPassword: string, newPassword: string): Promise<unknown> =>
      sessions.changeOwnPassword(here.token, { currentPassword, newPassword }, '10.0.0.7').then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(await change('not my passphrase', 'my second passphrase')).toMatchObject({
      code: 'WRONG_CURRENT_PASSWORD',
      status: 400,
    });
    expect(await change('my first passphrase', 'password')).toMatchObject({ code: 'WEAK_PASSWORD' });
    expect(await change('my first passphrase', 'my first passphrase')).toMatchObject({ code: 'WEAK_PASSWORD' });
    expect(await sessions.authenticate(elsewhere.token)).not.toBeNull();
    expect(await change('my first passphrase', 'my second passphrase')).toBeUndefined();
    expect(await sessions.authenticate(here.token)).not.toBeNull();
    expect(await sessions.authenticate(elsewhere.token)).toBeNull();
    expect(await sessions.authenticate(apiToken)).toBeNull();
    expect(await failedLogin('changer', 'my first passphrase')).toBe('INVALID_CREDENTIALS');
    await expect(sessions.login('changer', 'my second passphrase', null)).resolves.toMatchObject({ account: { id } });
  });

  it('authenticates a token as the account with the union of its roles’ permissions', async () => {
    const { token } = await sessions.login('nurse.joy', 'correct horse battery', null);
    const actor = await sessions.authenticate(token);
    expect(actor).toMatchObject({ id: nurseId, username: 'nurse.joy', displayName: 'Nurse Joy' });
    expect([...(actor?.permissions ?? [])].sort()).toEqual([
      'ehr:note:write',
      'patient:record:read',
      'patient:record:register',
    ]);
    expect(actor?.has('ehr:note:write')).toBe(true);
    expect(actor?.has('billing:invoice:void')).toBe(false);
  });

  it('gives the admin role every permission', async () => {
    await accounts.createAccount({
      username: 'boss',
      password: 'chief of everything here',
      displayName: 'Boss',
      roles: ['admin'],
    });
    const { account } = await sessions.login('boss', 'chief of everything here', null);
    expect(account.has('billing:invoice:void')).toBe(true);
    expect(account.has('anything:at:all')).toBe(true);
  });

  it('answers null for unknown, malformed or logged-out tokens', async () => {
    expect(await sessions.authenticate('A'.repeat(43))).toBeNull();
    expect(await sessions.authenticate('not a token')).toBeNull();
    const { token } = await sessions.login('nurse.joy', 'correct horse battery', null);
    await expect(sessions.logout(token)).resolves.toBe(true);
    expect(await sessions.authenticate(token)).toBeNull();
    await expect(sessions.logout(token)).resolves.toBe(false);
  });

  it('ends a web session after 12 idle hours, sliding while it is used', async () => {
    const { token } = await sessions.login('nurse.joy', 'correct horse battery', null);
    clock.advance(11 * HOUR);
    expect(await sessions.authenticate(token)).not.toBeNull();
    clock.advance(11 * HOUR); // 22 h after login, 11 h after last use
    expect(await sessions.authenticate(token)).not.toBeNull();
    clock.advance(12 * HOUR);
    expect(await sessions.authenticate(token)).toBeNull();
  });

  it('tells when a session ends, the slide included, and nothing once it has ended', async () => {
    const { token, expiresAt } = await sessions.login('nurse.joy', 'correct horse battery', null);
    expect(await sessions.expiryOf(token)).toEqual(expiresAt);
    clock.advance(2 * HOUR);
    await sessions.authenticate(token);
    expect(await sessions.expiryOf(token)).toEqual(new Date(clock.now().getTime() + 12 * HOUR));
    clock.advance(12 * HOUR);
    expect(await sessions.expiryOf(token)).toBeNull();
    expect(await sessions.expiryOf('not a token')).toBeNull();
  });

  it('slides the expiry at most once a minute', async () => {
    const { token } = await sessions.login('nurse.joy', 'correct horse battery', null);
    const expiry = async (): Promise<Date | undefined> =>
      (
        await db.query<{ expires_at: Date }>(`SELECT expires_at FROM core.sessions WHERE token_hash = $1`, [
          hashSessionToken(token),
        ])
      )[0]?.expires_at;
    const first = await expiry();
    clock.advance(30_000);
    await sessions.authenticate(token);
    expect(await expiry()).toEqual(first);
    clock.advance(30_000);
    await sessions.authenticate(token);
    expect(await expiry()).toEqual(new Date(clock.now().getTime() + 12 * HOUR));
  });

  it('keeps an API token for 30 days from its creation however much it is used', async () => {
    const { token, expiresAt } = await sessions.issueApiToken(nurseId, 'ci-runner');
    expect(expiresAt).toEqual(new Date(clock.now().getTime() + 30 * 24 * HOUR));
    for (let day = 1; day < 30; day++) {
      clock.advance(24 * HOUR);
      expect(await sessions.authenticate(token)).not.toBeNull();
    }
    clock.advance(24 * HOUR);
    expect(await sessions.authenticate(token)).toBeNull();
    await expect(sessions.purgeExpired()).resolves.toBeGreaterThanOrEqual(1);
  });

  it('narrows a session or API token carrying SMART scopes to the permissions they map to, failing closed', async () => {
    const scoped = new SessionService(db, {
      hasher,
      clock,
      scopePermissions: (scopes) => new Set(scopes.includes('user/Patient.read') ? ['patient:record:read'] : []),
    });
    const { token } = await scoped.login('nurse.joy', 'correct horse battery', null, ['user/Patient.read']);
    const actor = await scoped.authenticate(token);
    expect(actor?.scopes).toEqual(['user/Patient.read']);
    expect(actor?.has('patient:record:read')).toBe(true);
    expect(actor?.has('ehr:note:write')).toBe(false); // the role grants it, the scopes do not
    const { token: apiToken } = await scoped.issueApiToken(nurseId, null, ['user/Observation.read']);
    expect((await scoped.authenticate(apiToken))?.has('patient:record:read')).toBe(false);
    // Without a mapping a scoped session has no permission at all; an unscoped one is not narrowed.
    expect((await sessions.authenticate(token))?.has('patient:record:read')).toBe(false);
    const { token: plain } = await sessions.login('nurse.joy', 'correct horse battery', null);
    expect(await sessions.authenticate(plain)).toMatchObject({ scopes: undefined });
    expect((await sessions.authenticate(plain))?.has('ehr:note:write')).toBe(true);
  });

  it('ends every session and API token of a disabled account for good, and refuses it a login', async () => {
    const { id } = await accounts.createAccount({
      username: 'leaver',
      password: 'departing colleague pass',
      displayName: 'L',
    });
    const { token } = await sessions.login('leaver', 'departing colleague pass', null);
    const { token: apiToken } = await sessions.issueApiToken(id, null);
    await accounts.setDisabled(id, true);
    expect(await sessions.authenticate(token)).toBeNull();
    expect(await sessions.authenticate(apiToken)).toBeNull();
    expect(await db.query(`SELECT 1 FROM core.sessions WHERE account_id = $1`, [id])).toHaveLength(0);
    expect(await failedLogin('leaver', 'departing colleague pass')).toBe('INVALID_CREDENTIALS');
    await accounts.setDisabled(id, false);
    // Re-enabling does not resurrect what was issued before: the person signs in again.
    expect(await sessions.authenticate(token)).toBeNull();
    expect(await sessions.authenticate(apiToken)).toBeNull();
    const { token: fresh } = await sessions.login('leaver', 'departing colleague pass', null);
    expect(await sessions.authenticate(fresh)).not.toBeNull();
  });

  it('upgrades a hash made with weaker parameters at the next login', async () => {
    const weak = new PasswordHasher({ params: { N: 2 ** 8 } });
    const { id } = await new AccountService(db, { hasher: weak }).createAccount({
      username: 'oldtimer',
      password: 'the old password here',
      displayName: 'O',
    });
    await sessions.login('oldtimer', 'the old password here', null);
    const [row] = await db.query<{ password_hash: string }>(`SELECT password_hash FROM core.accounts WHERE id = $1`, [
      id,
    ]);
    expect(row?.password_hash).toMatch(/^scrypt\$1024\$/);
    await expect(sessions.login('oldtimer', 'the old password here', null)).resolves.toBeDefined();
  });
});
