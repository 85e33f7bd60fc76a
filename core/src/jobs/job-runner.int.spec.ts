import { randomUUID } from 'node:crypto';
import { NotFoundError, ValidationError } from '@hms/sdk';
import { QueueEvents } from 'bullmq';
import {
  choresPlugin,
  dropPrefix,
  errandsPlugin,
  keysUnder,
  REDIS_URL,
  uniquePrefix,
  waitFor,
} from '../../test/job-support';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { stampJob } from './job-options';
import { JobRunner } from './job-runner';

const prefix = uniquePrefix();
let database: TestDatabase;
let kernel: Kernel;
let runner: JobRunner;

beforeAll(async () => {
  database = await createTestDatabase('hms_jobs');
  kernel = await bootKernel({
    installed: [choresPlugin, errandsPlugin],
    selection: ['chores'],
    database: { kind: 'server', url: database.url },
    poolSize: 4,
    jobs: { redisUrl: REDIS_URL, prefix, lockDurationMs: 2000, stalledIntervalMs: 1000 },
  });
  runner = kernel.jobs!;
  runner.startWorkers();
});

afterAll(async () => {
  await kernel?.close();
  await database?.drop();
  await dropPrefix(prefix);
});

const done = async (choreId: string) =>
  (await kernel.db.query<{ times: number }>('SELECT times FROM chores.done WHERE chore_id = $1', [choreId]))[0];
const attempts = async (choreId: string) =>
  (
    await kernel.db.query<{ n: number }>('SELECT count(*)::int AS n FROM chores.attempts WHERE chore_id = $1', [
      choreId,
    ])
  )[0]!.n;
const queue = () => runner.queue('chores')!;
/** Waits for the run to finish, then reads it (read before, its fields could predate the end). */
const finished = (id: string) =>
  waitFor(`job ${id} to finish`, async () => {
    const state = await queue().getJobState(id);
    return state === 'completed' || state === 'failed' ? (await queue().getJob(id))! : undefined;
  });

describe(JobRunner.name, () => {
  it('runs a job to completion, reporting its progress as it goes', async () => {
    const events = new QueueEvents(queue().name, { connection: { url: REDIS_URL }, prefix });
    await events.waitUntilReady();
    const progress: unknown[] = [];
    events.on('progress', ({ data }) => progress.push(data));
    try {
      const choreId = randomUUID();
      const { id } = await kernel.enqueue('chores.sweep', { choreId, steps: 4 });
      const job = await finished(id);
      expect(await job.getState()).toBe('completed');
      expect(job.progress).toBe(100);
      expect(await done(choreId)).toEqual({ times: 1 });
      await waitFor('the last progress event', async () => progress.includes(100));
      expect(progress).toEqual([25, 50, 75, 100]);
    } finally {
      await events.close();
    }
  });

  it('retries an ordinary failure with exponential backoff until it succeeds', async () => {
    const choreId = randomUUID();
    const started = Date.now();
    const { id } = await kernel.enqueue('chores.flaky', { choreId, failTimes: 2 });
    const job = await finished(id);
    expect(await job.getState()).toBe('completed');
    expect(await attempts(choreId)).toBe(3);
    expect(await done(choreId)).toEqual({ times: 1 });
    // backoff 100 ms, then 200 ms: at least 300 ms between the first attempt and the last
    expect(job.finishedOn! - started).toBeGreaterThanOrEqual(300);
    expect(job.opts.backoff).toEqual({ type: 'exponential', delay: 100 });
  });

  it('fails an invariant violation at once, without retrying', async () => {
    const choreId = randomUUID();
    const { id } = await kernel.enqueue('chores.refuse', { choreId });
    const job = await finished(id);
    expect(await job.getState()).toBe('failed');
    expect(job.failedReason).toContain('CHORE_REFUSED');
    expect(job.attemptsMade).toBe(1);
    expect(job.opts.attempts).toBe(5);
    expect(await attempts(choreId)).toBe(1);
  });

  it('refuses a bad payload when queuing, and fails one that reached the queue anyway without retrying', async () => {
    const queued = async () =>
      (await queue().getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'])).filter(
        (j) => j.name === 'chores.sweep',
      );
    const before = (await queued()).length;
    await expect(kernel.enqueue('chores.sweep', { choreId: 'not-a-uuid' })).rejects.toBeInstanceOf(ValidationError);
    expect((await queued()).length).toBe(before);

    const sneaked = await queue().add('chores.sweep', stampJob(runner.installation, { choreId: 'not-a-uuid' }), {
      attempts: 3,
    });
    const job = await finished(sneaked.id!);
    expect(await job.getState()).toBe('failed');
    expect(job.failedReason).toContain('VALIDATION_FAILED');
    expect(job.attemptsMade).toBe(1);
  });

  it('hands back a job another installation queued on a shared prefix, without running it or spending an attempt', async () => {
    const choreId = randomUUID();
    const foreign = await queue().add('chores.sweep', stampJob(randomUUID(), { choreId, steps: 1 }), { attempts: 3 });
    const unstamped = await queue().add('chores.sweep', { choreId, steps: 1 }, { attempts: 3 });
    for (const job of [foreign, unstamped]) {
      await waitFor(`job ${job.id} to be handed back`, async () => (await queue().getJobState(job.id!)) === 'delayed');
    }
    expect(await done(choreId)).toBeUndefined();
    expect(await attempts(choreId)).toBe(0);
    expect((await queue().getJob(foreign.id!))!.attemptsMade).toBe(0);
    await Promise.all([foreign.remove(), unstamped.remove()]);
    const { id } = await kernel.enqueue('chores.sweep', { choreId, steps: 1 });
    expect(await (await finished(id)).getState()).toBe('completed');
  });

  it('dedupes a re-enqueue with the same job id, before and after the run', async () => {
    const choreId = randomUUID();
    const jobId = `sweep-${choreId}`;
    const first = await kernel.enqueue('chores.sweep', { choreId, steps: 1 }, { jobId });
    const again = await kernel.enqueue('chores.sweep', { choreId, steps: 1 }, { jobId });
    expect(again.id).toBe(first.id);
    await finished(jobId);
    expect((await kernel.enqueue('chores.sweep', { choreId, steps: 1 }, { jobId })).id).toBe(jobId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await done(choreId)).toEqual({ times: 1 });
    await expect(kernel.enqueue('chores.sweep', { choreId }, { jobId: 'a:b' })).rejects.toBeInstanceOf(ValidationError);
    await expect(kernel.enqueue('chores.sweep', { choreId }, { jobId: '42' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('registers the repeatable schedules, which then run', async () => {
    const schedulers = await queue().getJobSchedulers();
    expect(schedulers.map((s) => ({ key: s.key, pattern: s.pattern }))).toEqual([
      { key: 'chores.tick', pattern: '* * * * * *' },
    ]);
    await waitFor(
      'two ticks',
      async () => {
        const [row] = await kernel.db.query<{ n: number }>('SELECT count(*)::int AS n FROM chores.ticks');
        return row!.n >= 2;
      },
      5000,
    );
  });

  it("never creates a disabled plugin's queue, nor runs its jobs", async () => {
    expect(runner.plugins).toEqual(['chores']);
    expect(runner.queue('errands')).toBeUndefined();
    await expect(kernel.enqueue('errands.shop', { list: 'weekly' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await keysUnder(prefix, 'hms.errands:*')).toEqual([]);
    expect((await keysUnder(prefix)).length).toBeGreaterThan(0);
  });
});
