import type { PluginDefinition } from '@hms/sdk';
import type { AuditSink } from '../buses/audit-sink';
import type { CommandEnvelope, QueryEnvelope } from '../buses/command-envelope';
import type { CommandExecutor } from '../buses/command-executor';
import type { QueryExecutor } from '../buses/query-executor';
import type { Clock } from '../clock/clock';
import type { MikroOrmDatabase } from '../database/mikro-orm-database';
import type { EventStore } from '../event-store/event-store';
import type { AsyncProjector } from '../projections/async-projector';
import type { ProjectionRebuilder } from '../projections/projection-rebuilder';
import type { PluginRegistry } from './plugin-registry';

/**
 * The assembled platform: the enabled plugins, the event store, the executors behind the buses, projections and
 * audit. The API, the worker, the CLI and the test kit each boot one; nothing in it assumes it is alone.
 */
export class Kernel {
  constructor(
    readonly db: MikroOrmDatabase,
    readonly registry: PluginRegistry,
    readonly store: EventStore,
    readonly commands: CommandExecutor,
    readonly queries: QueryExecutor,
    readonly asyncProjector: AsyncProjector,
    readonly rebuilder: ProjectionRebuilder,
    readonly audit: AuditSink,
    readonly clock: Clock,
    private readonly onClose: readonly (() => Promise<void>)[],
  ) {}

  get plugins(): readonly PluginDefinition[] {
    return this.registry.plugins;
  }

  execute(envelope: CommandEnvelope): Promise<unknown> {
    return this.commands.execute(envelope);
  }

  ask(envelope: QueryEnvelope): Promise<unknown> {
    return this.queries.execute(envelope);
  }

  /** Lets accepted commands finish, stops projections, closes the pool, then what the boot started. */
  async close(): Promise<void> {
    await this.commands.drain();
    await this.asyncProjector.stop();
    await this.db.close();
    for (const close of this.onClose) await close();
  }
}
