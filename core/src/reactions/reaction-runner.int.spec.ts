import { randomUUID } from 'node:crypto';
import { defineReaction, definePlugin, reactWith } from '@hms/sdk';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { FakeClock } from '../clock/clock';
import { readCheckpoint } from '../projections/checkpoints';
import { isAfter } from '../event-store/global-cursor';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { BreakCounter, CloseCounter, Increment, Incremented, tallyPlugin } from '../../test/fixtures/tally.plugin';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { ReactionRunner, type ReactionRejection } from './reaction-runner';

const admin = new AuthenticatedActor('u-admin', 'admin', 'Admin', new Set([WILDCARD_PERMISSION]));

/** Closes a counter once an increment of 50 or more happens; an increment of exactly 99 asks for a broken command. */
const closeAtLimit = defineReaction({
  name: 'limits.close-at-limit',
  handles: [Incremented],
  react: (event) => {
    if (event.data.by === 99) return [reactWith(BreakCounter, { counterId: event.data.counterId })];
    return event.data.by >= 50 ? [reactWith(CloseCounter, { counterId: event.data.counterId })] : [];
  },
});
const limitsPlugin = definePlugin({
  name: 'limits',
  version: '1.0.0',
  sdk: '^2.0.0',
  dependsOn: { tally: '^1.0.0' },
  reactions: [closeAtLimit],
});

describe(ReactionRunner.name, () => {
  let database: TestDatabase;
  let kernel: Kernel;
  const rejections: ReactionRejection[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    kernel = await bootKernel({
      installed: [tallyPlugin, limitsPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
      clock: new FakeClock(),
    });
  });
  afterAll(async () => {
    await kernel?.close();
    await database?.drop();
  });

  const runner = (): ReactionRunner =>
    new ReactionRunner(
      kernel.db,
      kernel.store,
      [{ plugin: 'limits', reaction: closeAtLimit }],
      kernel.clock,
      (_plugin, type, data, commandId) =>
        kernel.execute({ type, data, actor: admin, commandId, correlationId: commandId, source: 'test' }),
      { onRejected: (rejection) => rejections.push(rejection) },
    );
  const increment = (counterId: string, by: number) =>
    kernel.execute({
      type: Increment.type,
      data: { counterId, by },
      actor: admin,
      correlationId: randomUUID(),
      source: null,
    });
  const streamTypes = async (counterId: string) =>
    (await kernel.store.readStream(kernel.db, `tally.counter-${counterId}`)).map((e) => e.type);

  it('sends the commands an event calls for, skips (and reports) those the domain refuses, and never sends one twice', async () => {
    const counter = randomUUID();
    await increment(counter, 60);
    await increment(counter, 70);
    // Both increments are accepted: the counter stays open until the reaction runs.
    expect(await streamTypes(counter)).toEqual(['tally.Incremented', 'tally.Incremented']);
    await runner().catchUp();
    expect(await streamTypes(counter)).toEqual(['tally.Incremented', 'tally.Incremented', 'tally.Closed']);
    // The second close was refused (the counter was closed by the first): reported with ids and the code only.
    expect(rejections).toEqual([
      expect.objectContaining({
        reaction: 'limits.close-at-limit',
        commandType: 'tally.CloseCounter',
        code: 'COUNTER_CLOSED',
        status: 422,
      }),
    ]);
    expect(Object.keys(rejections[0]!).sort()).toEqual([
      'code',
      'commandId',
      'commandType',
      'position',
      'reaction',
      'status',
    ]);
    // Run again from zero (a crash before the checkpoint moved): the derived command ids make it a replay.
    await kernel.db.query("DELETE FROM core.projection_checkpoints WHERE name = 'reaction:limits.close-at-limit'");
    await runner().catchUp();
    expect(await streamTypes(counter)).toEqual(['tally.Incremented', 'tally.Incremented', 'tally.Closed']);
  });

  it('stops at an event whose command fails for another reason, and tries it again later', async () => {
    const before = await readCheckpoint(kernel.db, 'reaction:limits.close-at-limit');
    const ok = randomUUID();
    const broken = randomUUID();
    await increment(ok, 55);
    await increment(broken, 99);
    await expect(runner().catchUp()).rejects.toThrow();
    const [okEvent] = await kernel.store.readStream(kernel.db, `tally.counter-${ok}`);
    const [brokenEvent] = await kernel.store.readStream(kernel.db, `tally.counter-${broken}`);
    const after = await readCheckpoint(kernel.db, 'reaction:limits.close-at-limit');
    expect(isAfter(after, before)).toBe(true);
    expect(after.position).toBe(okEvent!.position);
    expect(after.position).toBeLessThan(brokenEvent!.position);
    expect(await streamTypes(ok)).toEqual(['tally.Incremented', 'tally.Closed']);
    await expect(runner().catchUp()).rejects.toThrow();
    expect((await readCheckpoint(kernel.db, 'reaction:limits.close-at-limit')).position).toBe(okEvent!.position);
  });
});
