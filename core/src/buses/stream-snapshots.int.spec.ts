import { randomUUID } from 'node:crypto';
import { fold, InvariantViolation } from '@hms/sdk';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { bootKernel } from '../kernel/boot-kernel';
import { loadStream } from './batch-streams';
import type { Kernel } from '../kernel/kernel';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import {
  ACCOUNT_SNAPSHOT_KEY,
  accountDecider,
  accountStream,
  Deposit,
  DepositPreloaded,
  ledgerPlugin,
  Withdraw,
  type AccountState,
} from '../../test/fixtures/ledger.plugin';

const admin = new AuthenticatedActor('u-admin', 'admin', 'Admin', new Set([WILDCARD_PERMISSION]));

describe('stream snapshots (a decider that keeps them)', () => {
  let database: TestDatabase;
  let kernel: Kernel;

  beforeAll(async () => {
    database = await createTestDatabase();
    kernel = await bootKernel({
      installed: [ledgerPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: 8,
    });
  });
  afterAll(async () => {
    await kernel?.close();
    await database?.drop();
  });

  const run = (type: string, accountId: string, amount: number) =>
    kernel.execute({
      type,
      data: { accountId, amount },
      actor: admin,
      correlationId: randomUUID(),
      source: null,
    }) as Promise<{ balance: number; version: number }>;
  const snapshotOf = async (accountId: string) =>
    (
      await kernel.db.query<{ version: number; state: AccountState }>(
        'SELECT version, state FROM core.stream_snapshots WHERE stream_id = $1 AND key = $2',
        [accountStream(accountId), kernel.store.snapshotKey(ACCOUNT_SNAPSHOT_KEY)],
      )
    )[0];

  it('stores the state each time the stream passes a multiple of `every`, equal to the fold of those events', async () => {
    const accountId = randomUUID();
    for (let i = 1; i <= 7; i += 1)
      expect(await run(Deposit.type, accountId, i)).toEqual({ balance: (i * (i + 1)) / 2, version: i });
    const snapshot = await snapshotOf(accountId);
    expect(snapshot?.version).toBe(6);
    const events = await kernel.store.readStream(kernel.db, accountStream(accountId));
    expect(snapshot?.state).toEqual(fold(accountDecider, events.slice(0, 6) as never));
  });

  it('starts later loads from the snapshot, not from the first event', async () => {
    const accountId = randomUUID();
    for (let i = 0; i < 3; i += 1) await run(Deposit.type, accountId, 10);
    // Only a load that starts from the snapshot can see this: the events say 30.
    await kernel.db.query(
      `UPDATE core.stream_snapshots SET state = '{"balance": 1000, "movements": 3}' WHERE stream_id = $1`,
      [accountStream(accountId)],
    );
    expect(await run(Deposit.type, accountId, 5)).toEqual({ balance: 1005, version: 4 });
  });

  it("starts a stream named in `preload` from its snapshot too (one statement reads the batch's streams)", async () => {
    const accountId = randomUUID();
    for (let i = 0; i < 3; i += 1) await run(DepositPreloaded.type, accountId, 10);
    await kernel.db.query(
      `UPDATE core.stream_snapshots SET state = '{"balance": 2000, "movements": 3}' WHERE stream_id = $1`,
      [accountStream(accountId)],
    );
    expect(await run(DepositPreloaded.type, accountId, 5)).toEqual({ balance: 2005, version: 4 });
  });

  it('reads a preloaded stream again for a fold whose key is not that of its newest snapshot', async () => {
    const accountId = randomUUID();
    for (let i = 0; i < 2; i += 1) await run(DepositPreloaded.type, accountId, 10);
    // The newest snapshot is another fold's: the account's own fold must not start from it.
    await kernel.db.query(
      `INSERT INTO core.stream_snapshots (stream_id, key, version, state) VALUES ($1, 'ledger.account/0', 2, '{"balance": 999, "movements": 2}')`,
      [accountStream(accountId)],
    );
    expect(await run(DepositPreloaded.type, accountId, 5)).toEqual({ balance: 25, version: 3 });
  });

  it("serves a query's load from the snapshot as well", async () => {
    const accountId = randomUUID();
    for (let i = 0; i < 4; i += 1) await run(Deposit.type, accountId, 10);
    await kernel.db.query(
      `UPDATE core.stream_snapshots SET state = '{"balance": 500, "movements": 3}' WHERE stream_id = $1`,
      [accountStream(accountId)],
    );
    expect(await loadStream(kernel.db, kernel.store, accountStream(accountId), accountDecider)).toEqual({
      state: { balance: 510, movements: 4 },
      version: 4,
    });
  });

  it('keys snapshots by the event schemas in force: one folded before an upcaster changed them is not used', async () => {
    const accountId = randomUUID();
    await run(Deposit.type, accountId, 10);
    expect(kernel.store.snapshotKey(ACCOUNT_SNAPSHOT_KEY)).toMatch(/^ledger\.account\/1#[\w-]{12}$/);
    await kernel.db.query(
      `INSERT INTO core.stream_snapshots (stream_id, key, version, state) VALUES ($1, $2, 1, '{"balance": 999, "movements": 1}')`,
      [accountStream(accountId), `${ACCOUNT_SNAPSHOT_KEY}#older-schema`],
    );
    expect(await run(Deposit.type, accountId, 5)).toEqual({ balance: 15, version: 2 });
  });

  it('ignores a snapshot stored under another key (a fold that has changed since)', async () => {
    const accountId = randomUUID();
    await run(Deposit.type, accountId, 10);
    await kernel.db.query(
      `INSERT INTO core.stream_snapshots (stream_id, key, version, state) VALUES ($1, 'ledger.account/0', 1, '{"balance": 999, "movements": 1}')`,
      [accountStream(accountId)],
    );
    expect(await run(Deposit.type, accountId, 5)).toEqual({ balance: 15, version: 2 });
  });

  it('keeps versions exact and the snapshot behind the events under concurrent writers, refusals included', async () => {
    const accountId = randomUUID();
    const deposits = Array.from({ length: 24 }, () => run(Deposit.type, accountId, 2));
    const withdrawals = Array.from({ length: 6 }, () =>
      run(Withdraw.type, accountId, 100).catch((error: unknown) => error),
    );
    await Promise.all(deposits);
    const refused = await Promise.all(withdrawals);
    expect(refused.every((r) => r instanceof InvariantViolation)).toBe(true);
    const events = await kernel.store.readStream(kernel.db, accountStream(accountId));
    expect(events).toHaveLength(24);
    expect(await run(Withdraw.type, accountId, 8)).toEqual({ balance: 40, version: 25 });
    const snapshot = await snapshotOf(accountId);
    expect(snapshot!.version % 3).toBe(0);
    expect(snapshot!.state).toEqual(fold(accountDecider, events.slice(0, snapshot!.version) as never));
  });
});
