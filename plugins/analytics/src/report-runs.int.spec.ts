import { adtPlugin } from '@hms/plugin-adt';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import type { PluginDefinition } from '@hms/sdk';
import { createTestKernel, type TestKernel, type TestReportRun } from '@hms/sdk/testing';
import { expectedLengthOfStay, expectedOccupancy, expectedReadmissions } from '../test/expected-figures';
import { PERIOD, playScenario, START } from '../test/hospital-scenario';
import { analyticsPlugin } from './plugin';

/**
 * The reports as a hospital runs them: asked for, stored, queued in the real Redis, run by a worker on the real
 * PostgreSQL, and their stored results compared with the figures the test computes from the scenario's data.
 */
describe('analytics report runs on the real queue', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({
      plugins: [patientPlugin, schedulingPlugin, adtPlugin, analyticsPlugin as PluginDefinition],
      now: START,
      jobs: true,
    });
    await playScenario({
      execute: (command, data) => kernel.execute(command, data),
      advanceTo: (at) => kernel.clock.advance(Date.parse(at) - Date.parse(kernel.clock.now())),
    });
    await kernel.settle();
  }, 60_000);
  afterAll(async () => {
    await kernel?.close();
  });

  const runCount = async () =>
    (await kernel.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM core.report_runs'))[0]!.n;
  const ended = async (id: string): Promise<TestReportRun> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const run = await kernel.reportRun(id);
      if (run?.status === 'completed' || run?.status === 'failed') return run;
      if (Date.now() > deadline) throw new Error(`run ${id} did not end: ${JSON.stringify(run)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('queues a run that waits for a worker, then completes with the figures of the scenario', async () => {
    const { id } = await kernel.requestReport('analytics.patient-outcomes', PERIOD);
    expect(await kernel.reportRun(id)).toMatchObject({ status: 'queued', progress: 0, result: null });

    kernel.startWorkers();
    const run = await ended(id);
    expect(run).toMatchObject({ status: 'completed', progress: 100, error: null });
    expect(run.parameters).toEqual({ ...PERIOD, timeZone: 'UTC', interval: 'week', readmissionDays: 30 });
    const rows = run.result!.rows;
    const los = expectedLengthOfStay(PERIOD.from, PERIOD.to);
    const readmissions = expectedReadmissions(PERIOD.from, PERIOD.to, 30);
    expect(rows.find((r) => r.measure === 'average length of stay (days)')?.value).toBe(los.average);
    expect(rows.find((r) => r.measure === 'median length of stay (days)')?.value).toBe(los.median);
    expect(rows.find((r) => r.measure === '30-day readmission rate (%)')).toMatchObject({
      value: readmissions.rate,
      numerator: readmissions.readmitted,
      denominator: readmissions.index,
    });
  });

  it('stores the occupancy of every ward and day as computed from the scenario', async () => {
    const { id } = await kernel.requestReport('analytics.resource-utilisation', PERIOD);
    const run = await ended(id);
    const occupancy = run
      .result!.rows.filter((r) => r.section === 'Bed occupancy')
      .map((r) => ({
        ward: r.subject,
        day: r.period,
        occupied: r.numerator,
        available: r.denominator,
        percent: r.value,
      }));
    expect(occupancy).toEqual(expectedOccupancy(PERIOD.from, PERIOD.to));
  });

  it('refuses an unknown report (404) and bad parameters (400), storing and queuing nothing', async () => {
    const before = await runCount();
    await expect(kernel.requestReport('analytics.nothing-here', {})).rejects.toMatchObject({ status: 404 });
    for (const bad of [
      { from: '2026-02-01', to: '2026-01-01' },
      { timeZone: 'Mars/Olympus' },
      { interval: 'hour' },
      { wardId: 'B' },
      { colour: 'red' },
    ]) {
      await expect(kernel.requestReport('analytics.patient-outcomes', bad)).rejects.toMatchObject({ status: 400 });
    }
    expect(await runCount()).toBe(before);
  });

  it('refuses a requester without the report permission (403)', async () => {
    await expect(
      kernel.requestReport('analytics.patient-outcomes', {}, { permissions: ['analytics:dashboard:read'] }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
