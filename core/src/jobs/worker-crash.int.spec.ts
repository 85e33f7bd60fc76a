import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { choresPlugin, dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../../test/job-support';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

const VICTIM = path.join(__dirname, '..', '..', 'test', 'fixtures', 'kill-worker.cjs');
const BUILT = path.join(__dirname, '..', '..', 'dist', 'jobs', 'job-runner.js');
const LOCK_MS = 1000;

const prefix = uniquePrefix();
let database: TestDatabase;
let kernel: Kernel;
let victim: ChildProcess | undefined;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: the crash test runs a built worker; run tsc -b tsconfig.json first`);
  database = await createTestDatabase('hms_jobs_crash');
  kernel = await bootKernel({
    installed: [choresPlugin], selection: 'all', database: { kind: 'server', url: database.url }, poolSize: 4,
    jobs: { redisUrl: REDIS_URL, prefix, lockDurationMs: LOCK_MS, stalledIntervalMs: LOCK_MS / 2 },
  });
});

afterAll(async () => {
  victim?.kill('SIGKILL');
  await kernel?.close();
  await database?.drop();
  await dropPrefix(prefix);
});

function startVictim(): ChildProcess {
  const child = spawn(process.execPath, [VICTIM], {
    env: { ...process.env, HMS_TEST_DATABASE_URL: database.url, REDIS_URL, HMS_JOB_PREFIX: prefix, HMS_LOCK_MS: String(LOCK_MS) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGKILL') process.stderr.write(`kill-worker exited early (${code}): ${stderr}\n`);
  });
  return child;
}

describe('a worker killed mid-job', () => {
  it('loses nothing: another worker runs the job again once its lock lapses, and it completes exactly once', async () => {
    const choreId = randomUUID();
    await kernel.enqueue('chores.slow', { choreId, ms: 1500 }, { jobId: `slow-${choreId}` });
    victim = startVictim();
    const pid = victim.pid!;
    await waitFor('the victim to start the job', async () => {
      const rows = await kernel.db.query('SELECT 1 FROM chores.attempts WHERE chore_id = $1 AND pid = $2', [choreId, pid]);
      return rows.length > 0;
    }, 20_000);
    victim.kill('SIGKILL');
    await new Promise((resolve) => victim!.once('exit', resolve));
    expect(await kernel.db.query('SELECT 1 FROM chores.done WHERE chore_id = $1', [choreId])).toEqual([]);

    kernel.jobs!.startWorkers(); // the survivor: its stalled-job check finds the dead worker's job
    const job = await waitFor('the job to complete on the survivor', async () => {
      const queue = kernel.jobs!.queue('chores')!;
      return (await queue.getJobState(`slow-${choreId}`)) === 'completed' ? queue.getJob(`slow-${choreId}`) : undefined;
    }, 15_000);
    const tries = await kernel.db.query<{ pid: number }>('SELECT pid FROM chores.attempts WHERE chore_id = $1 ORDER BY id', [choreId]);
    expect(tries.map((t) => t.pid)).toEqual([pid, process.pid]);
    expect(await kernel.db.query('SELECT times FROM chores.done WHERE chore_id = $1', [choreId])).toEqual([{ times: 1 }]);
    expect(job.progress).toBe(Math.round((1400 / 1500) * 100));
  }, 40_000);
});
