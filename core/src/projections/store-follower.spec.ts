import type { Database } from '../database/database';
import { StoreFollower, type FollowerTask } from './store-follower';

/** A follower task that counts its batches and can hold one open until released. */
function countingTask(name: string, types: string[]): FollowerTask & { runs: number; hold?: Promise<void> } {
  const task = {
    name,
    checkpoint: name,
    types,
    runs: 0,
    hold: undefined as Promise<void> | undefined,
    async runBatch() {
      task.runs += 1;
      await task.hold;
      return 0;
    },
  };
  return task;
}

// The background loop never touches the database (only catchUp does).
const noDatabase: Database = {
  query: () => Promise.reject(new Error('not used')),
  transaction: () => Promise.reject(new Error('not used')),
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(StoreFollower.name, () => {
  let follower: StoreFollower | undefined;
  afterEach(async () => {
    await follower?.stop();
    follower = undefined;
  });

  it('runs every task first, then on a nudge only the tasks of the appended types', async () => {
    const timeline = countingTask('timeline', ['patient.Registered']);
    const stock = countingTask('stock', ['inventory.StockIssued']);
    follower = new StoreFollower(noDatabase, [timeline, stock], { batchSize: 500, pollMs: 10_000, onError: () => {} });
    follower.start();
    await sleep(20);
    expect([timeline.runs, stock.runs]).toEqual([1, 1]);
    follower.nudge(['patient.Registered']);
    await sleep(60);
    expect([timeline.runs, stock.runs]).toEqual([2, 1]);
    follower.nudge(['billing.Unrelated']);
    await sleep(60);
    expect([timeline.runs, stock.runs]).toEqual([2, 1]);
    follower.nudge();
    await sleep(60);
    expect([timeline.runs, stock.runs]).toEqual([3, 2]);
  });

  it('serves a burst of appends with a few rounds, at most one per 25 ms', async () => {
    const timeline = countingTask('timeline', ['patient.Registered']);
    follower = new StoreFollower(noDatabase, [timeline], { batchSize: 500, pollMs: 10_000, onError: () => {} });
    follower.start();
    await sleep(20);
    const before = timeline.runs;
    const started = Date.now();
    for (let i = 0; i < 40; i += 1) {
      follower.nudge(['patient.Registered']);
      await sleep(2);
    }
    await sleep(60);
    const rounds = timeline.runs - before;
    expect(rounds).toBeGreaterThanOrEqual(2);
    // At most one round per 25 ms of the time the burst really took (a busy machine stretches the 2 ms sleeps), plus
    // the one a last nudge may start: 40 nudges never mean 40 rounds.
    expect(rounds).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 25) + 1);
    expect(rounds).toBeLessThan(40);
  });

  it('goes again when an append lands while a round is running, without waiting for the poll', async () => {
    const timeline = countingTask('timeline', ['patient.Registered']);
    follower = new StoreFollower(noDatabase, [timeline], { batchSize: 500, pollMs: 10_000, onError: () => {} });
    let release: () => void = () => undefined;
    timeline.hold = new Promise((resolve) => (release = resolve));
    follower.start();
    await sleep(10);
    expect(timeline.runs).toBe(1);
    follower.nudge(['patient.Registered']); // lands during the held round: it may have read before this commit
    timeline.hold = undefined;
    release();
    await sleep(80);
    expect(timeline.runs).toBe(2);
  });

  it('still runs every task once per poll while appends of other types keep it busy', async () => {
    const timeline = countingTask('timeline', ['patient.Registered']);
    const stock = countingTask('stock', ['inventory.StockIssued']);
    follower = new StoreFollower(noDatabase, [timeline, stock], { batchSize: 500, pollMs: 100, onError: () => {} });
    follower.start();
    const until = Date.now() + 450;
    while (Date.now() < until) {
      follower.nudge(['patient.Registered']);
      await sleep(5);
    }
    // Another process's stock events reach this follower only by the poll: it must not starve.
    expect(stock.runs).toBeGreaterThanOrEqual(4);
    expect(timeline.runs).toBeGreaterThan(stock.runs);
  });
});
