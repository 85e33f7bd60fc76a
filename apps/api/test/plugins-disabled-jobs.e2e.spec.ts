import { bootKernel, type Kernel } from '@hms/core';
import {
  createTestDatabase, dropRedisPrefix, redisKeysUnder, TEST_REDIS_URL, uniqueRedisPrefix, type TestDatabase,
} from '@hms/core/testing';
import { INSTALLED_PLUGINS } from '@hms/installed-plugins';

/**
 * HMS_PLUGINS without patient: the patient plugin's queue is never created and none of its jobs (the daily
 * appointment reminders) is scheduled in Redis; one that was scheduled while it was enabled is removed.
 */
describe('a disabled patient plugin has no jobs', () => {
  const prefix = uniqueRedisPrefix();
  let database: TestDatabase;
  let kernel: Kernel | undefined;

  const boot = async (selection: string[]): Promise<Kernel> => {
    kernel = await bootKernel({
      installed: INSTALLED_PLUGINS, selection, database: { kind: 'server', url: database.url }, poolSize: 2,
      jobs: { redisUrl: TEST_REDIS_URL, prefix },
    });
    return kernel;
  };
  const patientKeys = async (): Promise<string[]> => redisKeysUnder(prefix, 'hms.patient*');

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_jobs_disabled');
  });
  afterEach(async () => {
    await kernel?.close();
    kernel = undefined;
  });
  afterAll(async () => {
    await database?.drop();
    await dropRedisPrefix(prefix);
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
