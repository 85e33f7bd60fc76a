import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { bootKernel, createTestDatabase, type Kernel, type TestDatabase } from '@hms/core';
import { INSTALLED_PLUGINS } from '../src/plugins';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The core's Redis client (the API has no dependency of its own on it), for looking at keys as core/test/job-support.ts does. */
interface RedisClient {
  scan(cursor: string, ...args: (string | number)[]): Promise<[string, string[]]>;
  del(...keys: string[]): Promise<number>;
  disconnect(): void;
}
const Redis = createRequire(require.resolve('@hms/core'))('ioredis') as new (url: string) => RedisClient;

const uniquePrefix = (): string => `hms-test-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
async function keysUnder(prefix: string, pattern = '*'): Promise<string[]> {
  const redis = new Redis(REDIS_URL);
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:${pattern}`, 'COUNT', 1000);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    return keys;
  } finally {
    redis.disconnect();
  }
}
async function dropPrefix(prefix: string): Promise<void> {
  const keys = await keysUnder(prefix);
  if (keys.length === 0) return;
  const redis = new Redis(REDIS_URL);
  try {
    await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/**
 * HMS_PLUGINS without patient: the patient plugin's queue is never created and none of its jobs (the daily
 * appointment reminders) is scheduled in Redis; one that was scheduled while it was enabled is removed.
 */
describe('a disabled patient plugin has no jobs', () => {
  const prefix = uniquePrefix();
  let database: TestDatabase;
  let kernel: Kernel | undefined;

  const boot = async (selection: string[]): Promise<Kernel> => {
    kernel = await bootKernel({
      installed: INSTALLED_PLUGINS, selection, database: { kind: 'server', url: database.url }, poolSize: 2,
      jobs: { redisUrl: REDIS_URL, prefix },
    });
    return kernel;
  };
  const patientKeys = async (): Promise<string[]> => keysUnder(prefix, 'hms.patient*');

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_jobs_disabled');
  });
  afterEach(async () => {
    await kernel?.close();
    kernel = undefined;
  });
  afterAll(async () => {
    await database?.drop();
    await dropPrefix(prefix);
  });

  it('creates no patient queue and no job scheduler when patient is not enabled', async () => {
    const running = await boot([]);
    expect(running.jobs?.plugins).toEqual([]);
    expect(running.jobs?.queue('patient')).toBeUndefined();
    expect(await patientKeys()).toEqual([]);
    await expect(running.jobs!.enqueue('patient.send-appointment-reminders', {})).rejects.toMatchObject({ code: 'JOB_NOT_FOUND' });
  }, 60_000);

  it('schedules the reminders while enabled, and removes the schedule once patient is disabled', async () => {
    const enabled = await boot(['patient']);
    const schedulers = await enabled.jobs!.queue('patient')!.getJobSchedulers();
    expect(schedulers.map((s) => s.name)).toContain('patient.send-appointment-reminders');
    await enabled.close();
    kernel = undefined;

    const disabled = await boot([]);
    expect(disabled.jobs?.queue('patient')).toBeUndefined();
    expect((await patientKeys()).filter((key) => /:repeat|:scheduler/.test(key))).toEqual([]);
  }, 60_000);
});
