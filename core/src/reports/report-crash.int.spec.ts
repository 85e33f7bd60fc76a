import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { choresPlugin, dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../../test/job-support';
import { actorOfAccount } from '../auth/account-actor';
import { AccountService } from '../auth/account.service';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { ReportService } from './report-service';

const VICTIM = path.join(__dirname, '..', '..', 'test', 'fixtures', 'kill-worker.cjs');
const BUILT = path.join(__dirname, '..', '..', 'dist', 'reports', 'report-job.js');
const LOCK_MS = 1000;

const prefix = uniquePrefix();
let database: TestDatabase;
let kernel: Kernel;
let victim: ChildProcess | undefined;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: the crash test runs a built worker; run tsc -b tsconfig.json first`);
  database = await createTestDatabase('hms_report_crash');
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

describe('a worker killed in the middle of a report run', () => {
  it('loses nothing: another worker runs the report again and exactly one result is stored, the survivor\'s', async () => {
    const accounts = new AccountService(kernel.db);
    await accounts.upsertRole('chores-reporter', 'Reports on chores', ['chores:attempts:report']);
    const { id: accountId } = await accounts.createAccount({
      username: 'reporter', password: 'correct horse battery staple', displayName: 'Reporter', roles: ['chores-reporter'],
    });
    const choreId = randomUUID();
    const { id } = await new ReportService(kernel).request(
      'chores.slow-attempts', { choreId, ms: 1500 }, (await actorOfAccount(kernel.db, accountId))!, { source: null, correlationId: 'crash' },
    );
    victim = spawn(process.execPath, [VICTIM], {
      env: { ...process.env, HMS_TEST_DATABASE_URL: database.url, REDIS_URL, HMS_JOB_PREFIX: prefix, HMS_LOCK_MS: String(LOCK_MS) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pid = victim.pid!;
    await waitFor('the victim to start the report', async () =>
      (await kernel.db.query('SELECT 1 FROM chores.attempts WHERE chore_id = $1 AND pid = $2', [choreId, pid])).length > 0, 20_000);
    victim.kill('SIGKILL');
    await new Promise((resolve) => victim!.once('exit', resolve));
    const [interrupted] = await kernel.db.query<{ status: string; result: unknown }>('SELECT status, result FROM core.report_runs WHERE id = $1', [id]);
    expect(interrupted).toEqual({ status: 'running', result: null });

    kernel.jobs!.startWorkers(); // the survivor: its stalled-job check finds the dead worker's run
    await waitFor('the run to complete on the survivor', async () =>
      (await kernel.db.query("SELECT 1 FROM core.report_runs WHERE id = $1 AND status = 'completed'", [id])).length > 0, 15_000);
    const runs = await kernel.db.query<{ status: string; progress: number; error: string | null; result: { rows: unknown[] } }>(
      'SELECT status, progress, error, result FROM core.report_runs WHERE id = $1', [id],
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'completed', progress: 100, error: null });
    // The stored result is the survivor's: it saw both attempts, the dead worker's and its own.
    expect(runs[0]!.result.rows).toEqual([{ pid, attempts: 1 }, { pid: process.pid, attempts: 1 }]);
    expect(await kernel.jobs!.queue('chores')!.getJobState(id)).toBe('completed');
  }, 40_000);
});
