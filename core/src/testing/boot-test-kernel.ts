import { TEST_ACTOR_ID } from '@hms/sdk/testing';
import { randomUUID } from 'node:crypto';
import { parseOrThrow, type CommandDefinition, type InputOf, type QueryDefinition, type RecordedEvent } from '@hms/sdk';
import type { TestActorOptions, TestKernel, TestKernelOptions } from '@hms/sdk/testing';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { FakeClock } from '../clock/clock';
import { testCollab } from '../collab/test-collab';
import { bootKernel } from '../kernel/boot-kernel';
import { systemActor } from '../kernel/system-actor';
import type { Kernel } from '../kernel/kernel';
import { createTestDatabase } from './test-database';
import { dropRedisPrefix, TEST_REDIS_URL, uniqueRedisPrefix } from './test-redis';
import { testReportRuns } from './test-report-runs';
import { typedAnswer } from '../buses/typed-answer';
import { jobNotificationContext } from '../jobs/job-processor';
import { testNotifications, testTransports } from './test-notifications';

/**
 * The kernel behind `createTestKernel` of `@hms/sdk/testing`: the real event store, buses, projections,
 * permission checks and audit on a database of the test's own (dropped at close), with a fake clock.
 */
export async function bootTestKernel(options: TestKernelOptions): Promise<TestKernel> {
  const clock = new FakeClock(options.now);
  const database = options.database === 'pglite' ? undefined : await createTestDatabase('hms_kit');
  const redisPrefix = options.jobs ? uniqueRedisPrefix() : undefined;
  const transports = testTransports();
  let kernel: Kernel;
  try {
    kernel = await bootKernel({
      installed: options.plugins,
      selection: 'all',
      database: database ? { kind: 'server', url: database.url } : { kind: 'embedded' },
      poolSize: Math.max(4, (options.commandLanes ?? 1) + 2),
      commandLanes: options.commandLanes,
      clock,
      notifications: { transports, publicUrl: transports.publicUrl },
      ...(redisPrefix ? { jobs: { redisUrl: TEST_REDIS_URL, prefix: redisPrefix } } : {}),
    });
  } catch (error) {
    await database?.drop();
    if (redisPrefix) await dropRedisPrefix(redisPrefix);
    throw error;
  }
  const actorFor = (actorOptions: TestActorOptions = {}): AuthenticatedActor =>
    new AuthenticatedActor(
      actorOptions.actorId ?? TEST_ACTOR_ID,
      'test',
      'Test actor',
      new Set(actorOptions.permissions ?? [WILDCARD_PERMISSION]),
    );
  return {
    sql: kernel.db,
    clock: { now: () => clock.now().toISOString(), advance: (ms) => clock.advance(ms) },
    execute: <C extends CommandDefinition>(command: C, data: InputOf<C>, actorOptions?: TestActorOptions) =>
      typedAnswer(
        command,
        kernel.execute({
          type: command.type,
          data,
          actor: actorFor(actorOptions),
          commandId: actorOptions?.commandId,
          correlationId: randomUUID(),
          source: 'test',
        }),
      ),
    ask: <Q extends QueryDefinition>(query: Q, params: InputOf<Q>, actorOptions?: TestActorOptions) =>
      typedAnswer(
        query,
        kernel.ask({
          type: query.type,
          params,
          actor: actorFor(actorOptions),
          correlationId: randomUUID(),
          source: 'test',
        }),
      ),
    readStream: (streamId: string): Promise<RecordedEvent[]> => kernel.store.readStream(kernel.db, streamId),
    collab: testCollab(kernel, actorFor),
    notifications: testNotifications(kernel, clock, transports),
    async settle() {
      // Reactions' commands append events that projections (and other reactions) follow: until nothing moves.
      do await kernel.asyncProjector.catchUp();
      while ((await kernel.reactions.catchUp()) > 0);
      await kernel.asyncProjector.catchUp();
      await kernel.notifications.idle();
    },
    async runReport(report, parameters) {
      const progress: number[] = [];
      const result = await report.run(parseOrThrow(report.parameters, parameters ?? {}), {
        sql: kernel.db,
        now: clock.now().toISOString(),
        actor: actorFor(),
        enabledPlugins: kernel.registry.names,
        progress: async (percent) => void progress.push(percent),
      });
      return { result, progress };
    },
    ...testReportRuns(kernel),
    rebuildProjection: (name: string) => kernel.rebuildProjection(name),
    async runJob(job, payload, runOptions = {}) {
      const progress: number[] = [];
      const runId = runOptions.runId ?? randomUUID();
      await job.handle(payload, {
        sql: kernel.db,
        now: clock.now().toISOString(),
        progress: async (percent) => void progress.push(percent),
        options: runOptions.pluginOptions ?? {},
        ...jobNotificationContext(kernel.notifications, job.name.slice(0, job.name.indexOf('.'))),
        execute: (command, data, key) =>
          typedAnswer(
            command,
            kernel.execute({
              type: command.type,
              data,
              actor: systemActor(),
              commandId: `job:${runId}:${key}`,
              correlationId: runId,
              source: 'job',
            }),
          ),
      });
      return { progress };
    },
    async close() {
      await kernel.close();
      await database?.drop();
      if (redisPrefix) await dropRedisPrefix(redisPrefix);
    },
  };
}
