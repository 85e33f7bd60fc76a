import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { crashSetting } from '../../test/crash-support';
import { waitFor } from '../../test/job-support';
import { actorOfAccount } from '../auth/account-actor';
import { AccountService } from '../auth/account.service';
import { ReportService } from './report-service';

const setting = crashSetting('hms_report_crash', path.join(__dirname, '..', '..', 'dist', 'reports', 'report-job.js'));

describe('a worker killed in the middle of a report run', () => {
  it("loses nothing: another worker runs the report again and exactly one result is stored, the survivor's", async () => {
    const kernel = setting.kernel();
    const accounts = new AccountService(kernel.db);
    await accounts.upsertRole('chores-reporter', 'Reports on chores', ['chores:attempts:report']);
    const { id: accountId } = await accounts.createAccount({
      username: 'reporter',
      password: 'correct horse battery staple',
      displayName: 'Reporter',
      roles: ['chores-reporter'],
    });
    const choreId = randomUUID();
    const { id } = await new ReportService(kernel).request(
      'chores.slow-attempts',
      { choreId, ms: 1500 },
      (await actorOfAccount(kernel.db, accountId))!,
      { source: null, correlationId: 'crash' },
    );
    const pid = await setting.killWorkerMidChore(choreId);
    const [interrupted] = await kernel.db.query<{ status: string; result: unknown }>(
      'SELECT status, result FROM core.report_runs WHERE id = $1',
      [id],
    );
    expect(interrupted).toEqual({ status: 'running', result: null });

    kernel.jobs!.startWorkers(); // the survivor: its stalled-job check finds the dead worker's run
    await waitFor(
      'the run to complete on the survivor',
      async () =>
        (await kernel.db.query("SELECT 1 FROM core.report_runs WHERE id = $1 AND status = 'completed'", [id])).length >
        0,
      15_000,
    );
    const runs = await kernel.db.query<{
      status: string;
      progress: number;
      error: string | null;
      result: { rows: unknown[] };
    }>('SELECT status, progress, error, result FROM core.report_runs WHERE id = $1', [id]);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'completed', progress: 100, error: null });
    // The stored result is the survivor's: it saw both attempts, the dead worker's and its own.
    expect(runs[0]!.result.rows).toEqual([
      { pid, attempts: 1 },
      { pid: process.pid, attempts: 1 },
    ]);
    // BullMQ marks the job completed once the processor has returned, a moment after the run's row is stored.
    await waitFor(
      'the job to be completed in its queue',
      async () => (await kernel.jobs!.queue('chores')!.getJobState(id)) === 'completed',
      5_000,
    );
  }, 40_000);
});
