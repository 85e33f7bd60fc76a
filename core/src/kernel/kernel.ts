import type { PluginDefinition } from '@hms/sdk';
import type { CareAccess } from '../access/care-access';
import type { AuditSink } from '../buses/audit-sink';
import type { CommandEnvelope, QueryEnvelope } from '../buses/command-envelope';
import type { CommandExecutor } from '../buses/command-executor';
import type { QueryExecutor } from '../buses/query-executor';
import type { Clock } from '../clock/clock';
import type { CollabSignals } from '../collab/collab-signals';
import type { MikroOrmDatabase } from '../database/mikro-orm-database';
import type { EventStore } from '../event-store/event-store';
import type { JobRunner } from '../jobs/job-runner';
import type { AsyncProjector } from '../projections/async-projector';
import type { ProjectionRebuilder } from '../projections/projection-rebuilder';
import { ProjectionVerifier, type ProjectionVerification } from '../projections/projection-verifier';
import type { NotificationService } from '../notifications/notification-service';
import type { ReactionRunner } from '../reactions/reaction-runner';
import type { Installation } from './installation';
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
    /** The plugins' reactions (event → command), following the store like the async projections. */
    readonly reactions: ReactionRunner,
    readonly audit: AuditSink,
    readonly clock: Clock,
    /** The job queues, when the process was booted with Redis (`BootOptions.jobs`). */
    readonly jobs: JobRunner | undefined,
    private readonly onClose: readonly (() => Promise<void>)[],
    /** Co-edited documents sealed or unsealed by committed commands (the collaboration server listens). */
    readonly collabSignals: CollabSignals,
    /** This installation's id and default Redis prefix (see `readInstallation`). */
    readonly installation: Installation | undefined,
    /** The care-relationship rule (shared by the executors, collaboration and live notices) and emergency length. */
    readonly access: { readonly care: CareAccess; readonly emergencyMinutes: number },
    /** The plugins' notifications: raised by commands and jobs, read in each person's inbox. */
    readonly notifications: NotificationService,
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

  /**
   * Queues a run of an enabled plugin's job (validated first; ids only in the payload). With a `jobId`, a
   * re-enqueue is a no-op. For handlers' glue, the CLI and reports.
   */
  enqueue(jobName: string, payload: unknown, options: { jobId?: string } = {}): Promise<{ id: string }> {
    if (!this.jobs) throw new Error('This process was started without job queues (BootOptions.jobs)');
    return this.jobs.enqueue(jobName, payload, options);
  }

  /**
   * Rebuilds one projection from zero (`hms projections rebuild`). An async projection's replay stops at the read
   * horizon, so it then catches up with what was committed meanwhile, like its runner would.
   */
  async rebuildProjection(name: string): Promise<{ events: number }> {
    const result = await this.rebuilder.rebuild(name);
    if (this.registry.projection(name)?.item.mode === 'async') await this.asyncProjector.catchUp();
    return result;
  }

  /**
   * Checks a read model against its events and changes nothing (`hms projections verify`, the restore drill). An
   * async projection first catches up with what was committed, as it would when a server starts.
   */
  async verifyProjection(name: string): Promise<ProjectionVerification> {
    if (this.registry.projection(name)?.item.mode === 'async') await this.asyncProjector.catchUp();
    return new ProjectionVerifier(this.db, this.rebuilder).verify(name);
  }

  /**
   * Lets running jobs and accepted commands finish (a job may still send commands), stops projections, closes
   * the pool, then what the boot started.
   */
  async close(): Promise<void> {
    await this.jobs?.close();
    await this.reactions.stop();
    await this.commands.drain();
    await this.notifications.idle();
    await this.asyncProjector.stop();
    await this.db.close();
    for (const close of this.onClose) await close();
  }
}
