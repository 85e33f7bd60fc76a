import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { crashSetting } from '../../test/crash-support';
import { waitFor } from '../../test/job-support';

const setting = crashSetting('hms_jobs_crash', path.join(__dirname, '..', '..', 'dist', 'jobs', 'job-runner.js'));

describe('a worker killed mid-job', () => {
  it('loses nothing: another worker runs the job again once its lock lapses, and it completes exactly once', async () => {
    const kernel = setting.kernel();
    const choreId = randomUUID();
    await kernel.enqueue('chores.slow', { choreId, ms: 1500 }, { jobId: `slow-${choreId}` });
    const pid = await setting.killWorkerMidChore(choreId);
    expect(await kernel.db.query('SELECT 1 FROM chores.done WHERE chore_id = $1', [choreId])).toEqual([]);

    kernel.jobs!.startWorkers(); // the survivor: its stalled-job check finds the dead worker's job
    const job = await waitFor(
      'the job to complete on the survivor',
      async () => {
        const queue = kernel.jobs!.queue('chores')!;
        return (await queue.getJobState(`slow-${choreId}`)) === 'completed'
          ? queue.getJob(`slow-${choreId}`)
          : undefined;
      },
      15_000,
    );
    const tries = await kernel.db.query<{ pid: number }>(
      'SELECT pid FROM chores.attempts WHERE chore_id = $1 ORDER BY id',
      [choreId],
    );
    expect(tries.map((t) => t.pid)).toEqual([pid, process.pid]);
    expect(await kernel.db.query('SELECT times FROM chores.done WHERE chore_id = $1', [choreId])).toEqual([
      { times: 1 },
    ]);
    expect(job.progress).toBe(Math.round((1400 / 1500) * 100));
  }, 40_000);
});
