import { choresPlugin, dropPrefix, errandsPlugin, keysUnder, REDIS_URL, uniquePrefix } from '../../test/job-support';
import { bootKernel } from '../kernel/boot-kernel';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { removeSchedulesOf } from './job-schedules';

const prefix = uniquePrefix();
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('hms_jobs_schedules');
});

afterAll(async () => {
  await database?.drop();
  await dropPrefix(prefix);
});

const boot = (selection: 'all' | string[]) =>
  bootKernel({
    installed: [choresPlugin, errandsPlugin],
    selection,
    database: { kind: 'server', url: database.url },
    poolSize: 2,
    jobs: { redisUrl: REDIS_URL, prefix },
  });

describe(removeSchedulesOf.name, () => {
  it('removes the schedules a plugin left behind when it is disabled, so they never fire again', async () => {
    const everything = await boot('all');
    expect((await everything.jobs!.queue('errands')!.getJobSchedulers()).map((s) => s.key)).toEqual(['errands.shop']);
    await everything.close();

    const choresOnly = await boot(['chores']);
    try {
      expect(await keysUnder(prefix, 'hms.errands:repeat')).toEqual([]);
      expect(await keysUnder(prefix, 'hms.errands:delayed')).toEqual([]);
      expect((await choresOnly.jobs!.queue('chores')!.getJobSchedulers()).map((s) => s.key)).toEqual(['chores.tick']);
    } finally {
      await choresOnly.close();
    }
  });
});
