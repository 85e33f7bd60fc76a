import { randomUUID } from 'node:crypto';
import type { CommandDefinition, InputOf, QueryDefinition, RecordedEvent } from '@hms/sdk';
import type { TestActorOptions, TestKernel, TestKernelOptions } from '@hms/sdk/testing';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { FakeClock } from '../clock/clock';
import { bootKernel } from '../kernel/boot-kernel';
import { systemActor } from '../kernel/system-actor';
import type { Kernel } from '../kernel/kernel';
import { createTestDatabase } from './test-database';

/**
 * The kernel behind `createTestKernel` of `@hms/sdk/testing`: the real event store, buses, projections,
 * permission checks and audit on a database of the test's own (dropped at close), with a fake clock.
 */
export async function bootTestKernel(options: TestKernelOptions): Promise<TestKernel> {
  const clock = new FakeClock(options.now);
  const database = options.database === 'pglite' ? undefined : await createTestDatabase('hms_kit');
  let kernel: Kernel;
  try {
    kernel = await bootKernel({
      installed: options.plugins,
      selection: 'all',
      database: database ? { kind: 'server', url: database.url } : { kind: 'embedded' },
      poolSize: Math.max(4, (options.commandLanes ?? 1) + 2),
      commandLanes: options.commandLanes,
      clock,
    });
  } catch (error) {
    await database?.drop();
    throw error;
  }
  const actorFor = (actorOptions: TestActorOptions = {}): AuthenticatedActor =>
    new AuthenticatedActor('test-actor', 'test', 'Test actor', new Set(actorOptions.permissions ?? [WILDCARD_PERMISSION]));
  return {
    sql: kernel.db,
    clock: { now: () => clock.now().toISOString(), advance: (ms) => clock.advance(ms) },
    execute: <C extends CommandDefinition>(command: C, data: InputOf<C>, actorOptions?: TestActorOptions) =>
      kernel.execute({
        type: command.type, data, actor: actorFor(actorOptions), commandId: actorOptions?.commandId,
        correlationId: randomUUID(), source: 'test',
      }),
    ask: <Q extends QueryDefinition>(query: Q, params: InputOf<Q>, actorOptions?: TestActorOptions) =>
      kernel.ask({ type: query.type, params, actor: actorFor(actorOptions), correlationId: randomUUID(), source: 'test' }),
    readStream: (streamId: string): Promise<RecordedEvent[]> => kernel.store.readStream(kernel.db, streamId),
    settle: () => kernel.asyncProjector.catchUp(),
    rebuildProjection: (name: string) => kernel.rebuildProjection(name),
    async runJob(job, payload, runOptions = {}) {
      const progress: number[] = [];
      const runId = runOptions.runId ?? randomUUID();
      await job.handle(payload, {
        sql: kernel.db,
        now: clock.now().toISOString(),
        progress: async (percent) => void progress.push(percent),
        options: runOptions.pluginOptions ?? {},
        execute: (command, data, key) => kernel.execute({
          type: command.type, data, actor: systemActor(), commandId: `job:${runId}:${key}`, correlationId: runId, source: 'job',
        }),
      });
      return { progress };
    },
    async close() {
      await kernel.close();
      await database?.drop();
    },
  };
}
