import type { ResultOf } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { hire, rejection } from '../test/hire';
import { DefinePayGroup, GetPayRun } from './contracts/pay-group.contracts';
import { CalculatePayRun, LockPayRun, StartPayRun } from './contracts/payroll.contracts';
import { payRunStream } from './domain/streams';
import { calculatePayRunJob } from './jobs/calculate-pay-run.job';
import { staffPlugin } from './plugin';

const FEBRUARY = { from: '2027-02-01', to: '2027-02-28' };
const MARCH = { from: '2027-03-01', to: '2027-03-31' };
const PEOPLE = 200;

/** Full-time €39,000 a year from 1 January, no rules: a month's basic is 3,900,000 / 12 = 325,000 cents each. */
const MONTHLY_NET = 325_000;

/** Polls the run as the payroll screen does, collecting the percentages it saw, until the latest run has ended. */
async function waitForRun(
  kernel: TestKernel,
  period: { from: string; to: string },
  seen: number[],
): Promise<ResultOf<typeof GetPayRun>> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const view = await kernel.ask(GetPayRun, { payGroup: 'monthly-eur', ...period }).catch(() => undefined);
    if (view?.progress) seen.push(view.progress.percent);
    if (view?.progress && view.progress.status !== 'running') return view;
    if (Date.now() > deadline) throw new Error(`The pay run did not end: ${JSON.stringify(view?.progress)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a pay run as a background job on real Redis', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin], now: '2027-04-02T09:00:00.000Z', jobs: true });
    for (let i = 0; i < PEOPLE; i += 25) await Promise.all(Array.from({ length: 25 }, () => hire(kernel)));
    await kernel.execute(DefinePayGroup, {
      payGroup: 'monthly-eur',
      policy: { currency: 'EUR', overtimeMultiplier: 1.5, rules: [] },
    });
  }, 120_000);
  afterAll(async () => kernel?.close());

  it('writes nothing twice when a run of the job is delivered again', async () => {
    // Queued now, run only once the workers start (in the next test), when this run is long completed.
    const started = await kernel.execute(StartPayRun, { payGroup: 'monthly-eur', period: FEBRUARY });
    expect(started).toEqual({ payGroup: 'monthly-eur', period: FEBRUARY, run: 1, status: 'running' });

    const payload = { payGroup: 'monthly-eur', ...FEBRUARY, run: 1 };
    const first = await kernel.runJob(calculatePayRunJob, payload, { runId: 'february-run-1' });
    expect(first.progress.at(-1)).toBe(100);
    const stream = payRunStream('monthly-eur', FEBRUARY.from, FEBRUARY.to);
    const written = await kernel.readStream(stream);
    expect(written.map((e) => e.type)).toEqual([
      'staff.PayRunStarted',
      ...Array<string>(PEOPLE / 25).fill('staff.PayslipsCalculated'),
      'staff.PayRunCalculated',
    ]);

    // The same job id again (a worker died after its last command): the same command ids, nothing appended.
    const again = await kernel.runJob(calculatePayRunJob, payload, { runId: 'february-run-1' });
    expect(again.progress.at(-1)).toBe(100);
    // Another id for the same run (queued twice by hand): the run is no longer running, so it records nothing.
    await kernel.runJob(calculatePayRunJob, payload, { runId: 'february-run-1-elsewhere' });
    expect(await kernel.readStream(stream)).toHaveLength(written.length);
    const view = await kernel.ask(GetPayRun, { payGroup: 'monthly-eur', ...FEBRUARY });
    expect(view).toMatchObject({ run: 1, status: 'calculated', totalNet: PEOPLE * MONTHLY_NET });
    expect(new Set(view.payslips.map((p) => p.employeeId)).size).toBe(PEOPLE);
  }, 120_000);

  it('runs 200 people in the background to 100 %, a newer start replacing an older one, then locks the period for good', async () => {
    // Two starts (the officer clicked twice, or a worker was lost): run 2 replaces run 1, whose job then stops.
    const [one, two] = await Promise.all([
      kernel.execute(StartPayRun, { payGroup: 'monthly-eur', period: MARCH }),
      kernel.execute(StartPayRun, { payGroup: 'monthly-eur', period: MARCH }),
    ]);
    expect([one.run, two.run].sort()).toEqual([1, 2]);
    const queuedAt = await kernel.ask(GetPayRun, { payGroup: 'monthly-eur', ...MARCH });
    expect(queuedAt).toMatchObject({ status: 'running', run: 0, calculatedAt: null });
    expect(queuedAt.progress).toMatchObject({ run: 2, status: 'running', percent: 0 });

    kernel.startWorkers();
    const seen: number[] = [];
    const done = await waitForRun(kernel, MARCH, seen);
    expect(done.progress).toMatchObject({ run: 2, status: 'completed', done: PEOPLE, total: PEOPLE, percent: 100 });
    expect(done).toMatchObject({ run: 2, status: 'calculated', totalNet: PEOPLE * MONTHLY_NET });
    expect(seen.every((p, i) => i === 0 || p >= seen[i - 1]!)).toBe(true);

    const events = await kernel.readStream(payRunStream('monthly-eur', MARCH.from, MARCH.to));
    const batches = events.filter((e) => e.type === 'staff.PayslipsCalculated');
    expect(batches.map((e) => (e.data as { run: number }).run)).toEqual(Array<number>(PEOPLE / 25).fill(2));
    // February's queued job ran first (one worker, in order) and found its run completed: nothing appended.
    expect(await kernel.readStream(payRunStream('monthly-eur', FEBRUARY.from, FEBRUARY.to))).toHaveLength(
      PEOPLE / 25 + 2,
    );

    await kernel.execute(LockPayRun, { payGroup: 'monthly-eur', period: MARCH });
    for (const again of [
      kernel.execute(StartPayRun, { payGroup: 'monthly-eur', period: MARCH }),
      kernel.execute(CalculatePayRun, { payGroup: 'monthly-eur', period: MARCH }),
    ]) {
      expect(await rejection(again)).toMatchObject({ status: 422, code: 'PAY_RUN_LOCKED' });
    }
    expect(await kernel.ask(GetPayRun, { payGroup: 'monthly-eur', ...MARCH })).toMatchObject({
      status: 'locked',
      run: 2,
    });
  }, 120_000);

  it('refuses to lock a period while a run is being calculated, and a retried start queues nothing twice', async () => {
    const period = { from: '2027-01-01', to: '2027-01-31' };
    const first = await kernel.execute(
      StartPayRun,
      { payGroup: 'monthly-eur', period },
      { commandId: 'start-january' },
    );
    const retried = await kernel.execute(
      StartPayRun,
      { payGroup: 'monthly-eur', period },
      { commandId: 'start-january' },
    );
    expect(retried).toEqual(first);
    // Locking now may race the worker: refused while running, or accepted once it completed, never in between.
    const lock = await rejection(kernel.execute(LockPayRun, { payGroup: 'monthly-eur', period }));
    if (lock.code !== undefined) expect(lock).toMatchObject({ status: 422, code: 'PAY_RUN_RUNNING' });
    const ended = await waitForRun(kernel, period, []);
    expect(ended.progress).toMatchObject({ run: 1, status: 'completed', percent: 100 });
    const starts = (await kernel.readStream(payRunStream('monthly-eur', period.from, period.to))).filter(
      (e) => e.type === 'staff.PayRunStarted',
    );
    expect(starts).toHaveLength(1);
  }, 120_000);
});
