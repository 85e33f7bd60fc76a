import type { RecordedEvent, Sql } from '../context';
import type { JobDefinition } from '../jobs';
import type { CommandDefinition, InputOf, QueryDefinition } from '../messages';
import type { PluginDefinition } from '../plugin';

/** Options of {@link createTestKernel}. */
export interface TestKernelOptions {
  readonly plugins: readonly PluginDefinition[];
  /**
   * `'postgres'` (default): a fresh database on the server in `TEST_DATABASE_URL` (or the local `test` database's
   * server), dropped at `close()`. `'pglite'`: an embedded PostgreSQL in memory.
   */
  readonly database?: 'postgres' | 'pglite';
  /** Fixed start of the fake clock (ISO 8601); it advances only through `clock.advance`. */
  readonly now?: string;
  /**
   * Transactions writing commands at once (default 1, as in production). More lanes put concurrent commands in
   * separate transactions, so a test can race them against the event store's version checks.
   */
  readonly commandLanes?: number;
}

/** Who runs a command or query in a test: by default an actor holding every declared permission. */
export interface TestActorOptions {
  readonly permissions?: readonly string[];
  readonly commandId?: string;
}

/** The real kernel (event store, buses, projections, permission checks, audit) around the given plugins. */
export interface TestKernel {
  execute<C extends CommandDefinition>(command: C, data: InputOf<C>, options?: TestActorOptions): Promise<unknown>;
  ask<Q extends QueryDefinition>(query: Q, params: InputOf<Q>, options?: TestActorOptions): Promise<unknown>;
  /** Every event of a stream, upcast to current versions. */
  readStream(streamId: string): Promise<RecordedEvent[]>;
  /** Runs async projections until they have caught up with the store. */
  settle(): Promise<void>;
  /**
   * Runs a job's handler once, as a worker would (system actor; `ctx.execute` goes through the real kernel), and
   * answers the progress it reported. `runId` stands for the job id: the same id gives the same command ids.
   */
  runJob<P>(job: JobDefinition<P>, payload: P, options?: { runId?: string; pluginOptions?: Record<string, unknown> }): Promise<{ progress: number[] }>;
  /** Empties a projection's tables and replays every event into it, as `hms projections rebuild` does. */
  rebuildProjection(name: string): Promise<{ events: number }>;
  /** Direct SQL, to assert on read models. */
  readonly sql: Sql;
  readonly clock: { now(): string; advance(ms: number): void };
  close(): Promise<void>;
}

interface KernelModule {
  bootTestKernel(options: TestKernelOptions): Promise<TestKernel>;
}

/**
 * Boots the real kernel around your plugins on a real database, for a plugin's integration tests.
 * Install `@hms/core` as a dev dependency: the SDK loads it here, so plugins still never import the core.
 * @example
 * const kernel = await createTestKernel({ plugins: [patientPlugin] });
 * const { id } = await kernel.execute(RegisterPatient, { givenName: 'Ada', … });
 * await kernel.close();
 */
export async function createTestKernel(options: TestKernelOptions): Promise<TestKernel> {
  return loadKernel().bootTestKernel(options);
}

/**
 * The kernel is resolved at run time, not imported: the SDK must not depend on the core (ARCHITECTURE.md).
 * It is looked up beside the SDK first, then from the plugin being tested (the working directory).
 */
function loadKernel(): KernelModule {
  try {
    return require('@hms/core') as KernelModule;
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    return require(require.resolve('@hms/core', { paths: [process.cwd()] })) as KernelModule;
  }
}
