import { randomBytes, randomUUID } from 'node:crypto';
import type { TestKernel } from '@hms/sdk/testing';
import { actorOfAccount } from '../auth/account-actor';
import { AccountService } from '../auth/account.service';
import type { Kernel } from '../kernel/kernel';
import { ReportService } from '../reports/report-service';
import { reportRuns } from '../reports/report-run-store';

type ReportRunsKit = Pick<TestKernel, 'requestReport' | 'reportRun' | 'startWorkers'>;

/**
 * Report runs for `createTestKernel({ jobs: true })`: requested through the same service as the HTTP route (so
 * validation, storage and queuing are the production ones), by a real account, because the report's job checks
 * the requester's permissions again when it runs.
 */
export function testReportRuns(kernel: Kernel): ReportRunsKit {
  const requesters = new Map<string, Promise<string>>();
  const requester = (permissions: readonly string[]): Promise<string> => {
    const key = [...permissions].sort().join(' ');
    let account = requesters.get(key);
    if (!account) {
      const name = `test-reporter-${requesters.size + 1}`;
      const accounts = new AccountService(kernel.db);
      account = accounts
        .upsertRole(name, 'Requests reports in a test', permissions)
        .then(() =>
          accounts.createAccount({
            username: name,
            password: randomBytes(18).toString('base64url'),
            displayName: name,
            roles: [name],
          }),
        )
        .then(({ id }) => id);
      requesters.set(key, account);
    }
    return account;
  };
  const jobs = () => {
    if (!kernel.jobs) throw new Error('Report runs need job queues: createTestKernel({ …, jobs: true })');
    return kernel.jobs;
  };
  return {
    async requestReport(name, parameters, options = {}) {
      jobs();
      const id = await requester(options.permissions ?? [...kernel.registry.permissions.keys()]);
      const actor = await actorOfAccount(kernel.db, id);
      if (!actor) throw new Error('The test requester account is gone');
      return new ReportService(kernel).request(name, parameters, actor, {
        source: 'test',
        correlationId: randomUUID(),
      });
    },
    async reportRun(id) {
      const run = await reportRuns.find(kernel.db, id);
      return (
        run && {
          status: run.status,
          progress: run.progress,
          parameters: run.parameters,
          result: run.result,
          error: run.error,
        }
      );
    },
    startWorkers: () => jobs().startWorkers(),
  };
}
