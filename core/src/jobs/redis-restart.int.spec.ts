import { randomUUID } from 'node:crypto';
import { choresPlugin, waitFor } from '../../test/job-support';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { PrivateRedis } from '../testing/private-redis';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

/**
 * Redis going away and coming back. The machine's shared Redis keeps nothing on disk, so this test runs a Redis
 * of its own as production should (append-only file, fsync on every write, `noeviction`). It is killed with
 * SIGKILL (no chance to save) and started again on the same files.
 */
let redis: PrivateRedis;
let database: TestDatabase;
let kernel: Kernel;

const done = async (ids: readonly string[]) =>
  await kernel.db.query<{ chore_id: string; times: number }>(
    'SELECT chore_id, times FROM chores.done WHERE chore_id = ANY($1::uuid[])',
    [ids],
  );

beforeAll(async () => {
  redis = await PrivateRedis.start();
  database = await createTestDatabase('hms_redis_restart');
  kernel = await bootKernel({
    installed: [choresPlugin],
    selection: 'all',
    database: { kind: 'server', url: database.url },
    poolSize: 4,
    jobs: { redisUrl: redis.url, prefix: 'hms' },
  });
}, 30_000);

afterAll(async () => {
  await kernel?.close();
  await database?.drop();
  await redis?.stop();
});

describe('Redis restarted while jobs are queued', () => {
  it('loses no queued job, and the workers resume once it is back', async () => {
    const queued = Array.from({ length: 5 }, () => randomUUID());
    for (const choreId of queued)
      await kernel.enqueue('chores.sweep', { choreId, steps: 2 }, { jobId: `sweep-${choreId}` });
    await redis.kill();
    await redis.start();

    kernel.jobs!.startWorkers();
    await waitFor('the queued chores to be done', async () => (await done(queued)).length === queued.length, 30_000);
    expect((await done(queued)).every((row) => row.times === 1)).toBe(true);

    // With the workers running, Redis goes away again; jobs queued once it is back still run.
    await redis.kill();
    await redis.start();
    const later = Array.from({ length: 3 }, () => randomUUID());
    for (const choreId of later)
      await kernel.enqueue('chores.sweep', { choreId, steps: 2 }, { jobId: `sweep-${choreId}` });
    await waitFor('the later chores to be done', async () => (await done(later)).length === later.length, 30_000);
    expect((await done([...queued, ...later])).map((row) => row.times)).toEqual(Array(8).fill(1));
  }, 90_000);
});
