import { randomUUID } from 'node:crypto';
import { UnauthenticatedError } from './unauthenticated-error';
import type { MikroOrmDatabase } from '../database/mikro-orm-database';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { AccountService } from './account.service';
import { authMigrations } from './auth.migrations';
import { DEFAULT_LOGIN_LIMITS, LoginThrottle, TooManyAttemptsError, type LoginThrottleLimits } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const RIGHT = 'the right passphrase';

describe(LoginThrottle.name, () => {
  let testDb: MigratedTestDatabase;
  let db: MikroOrmDatabase;
  let accounts: AccountService;
  const hasher = new PasswordHasher({ params: { N: 2 ** 10 } });
  const throttles: LoginThrottle[] = [];

  beforeAll(async () => {
    testDb = await openMigratedTestDatabase(authMigrations);
    db = testDb.db;
    accounts = new AccountService(db, { hasher });
  });

  afterAll(async () => {
    await Promise.all(throttles.map((t) => t.close()));
    await testDb?.close();
  });

  /** Sessions whose counters live in the real Redis, under a prefix of their own. */
  function sessionsWith(limits: LoginThrottleLimits = DEFAULT_LOGIN_LIMITS): SessionService {
    const throttle = new LoginThrottle({ redisUrl: REDIS_URL, prefix: `hms-test-${randomUUID()}`, limits });
    throttles.push(throttle);
    return new SessionService(db, { hasher, throttle });
  }

  async function account(): Promise<string> {
    const username = `user-${randomUUID().slice(0, 8)}`;
    await accounts.createAccount({ username, password: RIGHT, displayName: 'T' });
    return username;
  }

  const attempt = (sessions: SessionService, username: string, password: string, source: string): Promise<string> =>
    sessions.login(username, password, source).then(
      () => 'signed in',
      (error: unknown) => {
        if (error instanceof TooManyAttemptsError) return 'TOO_MANY_LOGIN_ATTEMPTS';
        if (error instanceof UnauthenticatedError) return error.code;
        throw error;
      },
    );

  it('answers 429 with Retry-After seconds to a guesser at one address, and lets the owner in from another', async () => {
    const sessions = sessionsWith();
    const username = await account();
    for (let i = 0; i < 10; i++)
      expect(await attempt(sessions, username, `guess ${i}`, '10.0.0.66')).toBe('INVALID_CREDENTIALS');
    const refused: unknown = await sessions.login(username, RIGHT, '10.0.0.66').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TooManyAttemptsError);
    expect(refused).toMatchObject({ status: 429, code: 'TOO_MANY_LOGIN_ATTEMPTS' });
    expect((refused as TooManyAttemptsError).details.retryAfterSeconds).toBeGreaterThan(0);
    expect(await attempt(sessions, username, RIGHT, '10.0.0.1')).toBe('signed in');
  });

  it('counts 40 parallel attempts (39 wrong, 1 right) each: at most 10 reach the password, and a success wipes nothing', async () => {
    const sessions = sessionsWith();
    const username = await account();
    const passwords = [...Array.from({ length: 39 }, (_, i) => `guess ${i}`), RIGHT];
    const outcomes = await Promise.all(passwords.map((password) => attempt(sessions, username, password, '10.0.0.66')));
    const checked = outcomes.filter((o) => o !== 'TOO_MANY_LOGIN_ATTEMPTS');
    expect(checked.length).toBeLessThanOrEqual(10);
    expect(outcomes.filter((o) => o === 'TOO_MANY_LOGIN_ATTEMPTS').length).toBeGreaterThanOrEqual(30);
    // Whether or not the right password was among the first ten, the address stays slowed down for this account.
    expect(await attempt(sessions, username, RIGHT, '10.0.0.66')).toBe('TOO_MANY_LOGIN_ATTEMPTS');
  });

  it('slows an address trying many usernames (credential stuffing)', async () => {
    const sessions = sessionsWith({ ...DEFAULT_LOGIN_LIMITS, perAddress: { attempts: 5, windowSeconds: 60 } });
    for (let i = 0; i < 5; i++)
      expect(await attempt(sessions, `nobody-${i}`, 'some long password', '10.0.0.77')).toBe('INVALID_CREDENTIALS');
    expect(await attempt(sessions, 'nobody-5', 'some long password', '10.0.0.77')).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(await attempt(sessions, 'nobody-5', 'some long password', '10.0.0.78')).toBe('INVALID_CREDENTIALS');
  });

  it('checks the password before deciding on a spent account window: the owner from a clean address still gets in', async () => {
    const sessions = sessionsWith({ ...DEFAULT_LOGIN_LIMITS, perAccount: { attempts: 5, windowSeconds: 60 } });
    const username = await account();
    for (let i = 0; i < 5; i++)
      expect(await attempt(sessions, username, 'a wrong guess', `10.1.0.${i}`)).toBe('INVALID_CREDENTIALS');
    expect(await attempt(sessions, username, 'a wrong guess', '10.1.0.99')).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(await attempt(sessions, username, RIGHT, '10.1.0.3')).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(await attempt(sessions, username, RIGHT, '10.2.0.1')).toBe('signed in');
  });
});
