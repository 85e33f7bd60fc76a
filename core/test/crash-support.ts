import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bootKernel } from '../src/kernel/boot-kernel';
import type { Kernel } from '../src/kernel/kernel';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';
import { choresPlugin, dropPrefix, REDIS_URL, uniquePrefix, waitFor } from './job-support';

const VICTIM = path.join(__dirname, 'fixtures', 'kill-worker.cjs');
/** Short locks, so the survivor's stalled-job check notices the dead worker within a second or two. */
const LOCK_MS = 1000;

/**
 * A kernel with the chores fixture and short job locks, plus a worker process to kill: the setting of the tests
 * proving a worker killed mid-job loses nothing. `built` is the compiled module the child process needs.
 */
export function crashSetting(databaseName: string, built: string) {
  const prefix = uniquePrefix();
  let database: TestDatabase;
  let kernel: Kernel;
  let victim: ChildProcess | undefined;

  beforeAll(async () => {
    if (!existsSync(built))
      throw new Error(`${built} is missing: the crash test runs a built worker; run tsc -b tsconfig.json first`);
    database = await createTestDatabase(databaseName);
    kernel = await bootKernel({
      installed: [choresPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: 4,
      jobs: { redisUrl: REDIS_URL, prefix, lockDurationMs: LOCK_MS, stalledIntervalMs: LOCK_MS / 2 },
    });
  });

  afterAll(async () => {
    victim?.kill('SIGKILL');
    await kernel?.close();
    await database?.drop();
    await dropPrefix(prefix);
  });

  return {
    kernel: () => kernel,
    /**
     * Starts the worker process, waits until it has begun the chore `choreId` (its attempt row carries its pid),
     * kills it with SIGKILL and answers the dead worker's pid.
     */
    async killWorkerMidChore(choreId: string): Promise<number> {
      const child = spawn(process.execPath, [VICTIM], {
        env: {
          ...process.env,
          HMS_TEST_DATABASE_URL: database.url,
          REDIS_URL,
          HMS_JOB_PREFIX: prefix,
          HMS_LOCK_MS: String(LOCK_MS),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      victim = child;
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') process.stderr.write(`kill-worker exited early (${code}): ${stderr}\n`);
      });
      const pid = child.pid!;
      await waitFor(
        'the worker to start the chore',
        async () =>
          (await kernel.db.query('SELECT 1 FROM chores.attempts WHERE chore_id = $1 AND pid = $2', [choreId, pid]))
            .length > 0,
        20_000,
      );
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      return pid;
    },
  };
}
