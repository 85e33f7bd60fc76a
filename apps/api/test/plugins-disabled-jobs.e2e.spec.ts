import { bootKernel, type Kernel } from '@hms/core';
import {
  createTestDatabase,
  dropRedisPrefix,
  redisKeysUnder,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  type TestDatabase,
} from '@hms/core/testing';
import { defineJob, definePlugin, z } from '@hms/sdk';
import { INSTALLED_PLUGINS } from '@hms/installed-plugins';

/**
 * HMS_PLUGINS without scheduling: the scheduling plugin's queue is never created and none of its jobs (the daily
 * appointment reminders) is scheduled in Redis; one that was scheduled while it was enabled is removed.
 */
describe('a disabled scheduling plugin has no jobs', () => {
  const prefix = uniqueRedisPrefix();
  let database: TestDatabase;
  let kernel: Kernel | undefined;

  const boot = async (selection: string[]): Promise<Kernel> => {
    kernel = await bootKernel({
      installed: INSTALLED_PLUGINS,
      selection,
      database: { kind: 'server', url: database.url },
      poolSize: 2,
      jobs: { redisUrl: TEST_REDIS_URL, prefix },
    });
    return kernel;
  };
  const schedulingKeys = async (): Promise<string[]> => redisKeysUnder(prefix, 'hms.scheduling*');

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

  it('creates no scheduling queue and no job scheduler when scheduling is not enabled', async () => {
    const running = await boot(['patient']);
    expect(running.jobs?.plugins).toEqual([]);
    expect(running.jobs?.queue('scheduling')).toBeUndefined();
    expect(await schedulingKeys()).toEqual([]);
    await expect(running.jobs!.enqueue('scheduling.send-appointment-reminders', {})).rejects.toMatchObject({
      code: 'JOB_NOT_FOUND',
    });
  }, 60_000);

  it('schedules the reminders while enabled, and removes the schedule once scheduling is disabled', async () => {
    const enabled = await boot(['patient', 'scheduling']);
    const schedulers = await enabled.jobs!.queue('scheduling')!.getJobSchedulers();
    expect(schedulers.map((s) => s.name)).toContain('scheduling.send-appointment-reminders');
    await enabled.close();
    kernel = undefined;

    const disabled = await boot(['patient']);
    expect(disabled.jobs?.queue('scheduling')).toBeUndefined();
    expect((await schedulingKeys()).filter((key) => /:repeat|:scheduler/.test(key))).toEqual([]);
  }, 60_000);

  it("removes a 1.x schedule left on the patient queue: the patient plugin has no jobs since scheduling's split", async () => {
    // The patient plugin as 1.x installed it: the daily reminders were its job, on its queue.
    const patientOf1x = definePlugin({
      name: 'patient',
      version: '1.0.0',
      sdk: '^2.0.0',
      jobs: [
        defineJob({
          name: 'patient.send-appointment-reminders',
          payload: z.strictObject({}),
          schedule: { cron: '0 7 * * *', payload: {} },
          handle: async () => undefined,
        }),
      ],
    });
    kernel = await bootKernel({
      installed: [patientOf1x],
      selection: ['patient'],
      database: { kind: 'server', url: database.url },
      poolSize: 2,
      jobs: { redisUrl: TEST_REDIS_URL, prefix },
    });
    expect((await kernel.jobs!.queue('patient')!.getJobSchedulers()).map((s) => s.key)).toEqual([
      'patient.send-appointment-reminders',
    ]);
    await kernel.close();
    kernel = undefined;

    const upgraded = await boot(['patient', 'scheduling']);
    expect(upgraded.jobs?.queue('patient')).toBeUndefined();
    expect((await redisKeysUnder(prefix, 'hms.patient*')).filter((key) => /:repeat|:scheduler/.test(key))).toEqual([]);
  }, 60_000);
});
