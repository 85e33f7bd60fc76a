import type { PluginDefinition } from '@hms/sdk';
import { pluginSchema } from './plugin-schema';
import { CORE_ENTITIES } from '../admin/account.entities';
import { accessMigrations } from '../access/access.migrations';
import type { AccessPolicy } from '../access/access-policy';
import { CareAccess } from '../access/care-access';
import { auditMigrations } from '../audit/audit.migrations';
import { auditViewerMigrations } from '../audit-viewer/audit-viewer.migrations';
import { AuditWriter } from '../audit/audit-writer';
import { authMigrations } from '../auth/auth.migrations';
import { collabMigrations } from '../collab/collab.migrations';
import { CollabSignals } from '../collab/collab-signals';
import { syncSuggestedRoles } from '../auth/suggested-roles';
import { KERNEL_SUGGESTED_ROLES } from '../audit-viewer/privacy-officer-role';
import { CommandExecutor } from '../buses/command-executor';
import type { RequestedJob } from '../buses/requested-jobs';
import { QueryExecutor } from '../buses/query-executor';
import { systemClock, type Clock } from '../clock/clock';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { MikroOrmDatabase } from '../database/mikro-orm-database';
import { migrateSchemas } from '../database/schema-migrations';
import { eventStoreMigrations } from '../event-store/event-store.migrations';
import { EventStore } from '../event-store/event-store';
import { UpcasterRegistry } from '../event-store/upcaster-registry';
import type { JobRunnerOptions } from '../jobs/job-options';
import { JobRunner } from '../jobs/job-runner';
import { installationMigrations } from './installation.migrations';
import { readInstallation, type Installation } from './installation';
import { AsyncProjector } from '../projections/async-projector';
import { InlineProjector } from '../projections/inline-projector';
import { ProjectionRebuilder } from '../projections/projection-rebuilder';
import { ReactionRunner, type ReactionRejection } from '../reactions/reaction-runner';
import { reportJob } from '../reports/report-job';
import { FhirGateway } from '../fhir/fhir-gateway';
import { fhirImportJob } from '../fhir/fhir-import-job';
import { fhirImportRunsMigrations } from '../fhir/fhir-import-runs';
import { fhirProvenanceMigrations } from '../fhir/fhir-provenance-store';
import { reportRunsMigrations } from '../reports/report-runs.migrations';
import { deliverNotificationJob } from '../notifications/deliver-notification.job';
import { NotificationService } from '../notifications/notification-service';
import { queueNotificationDeliveriesJob } from '../notifications/queue-notification-deliveries.job';
import type { NotificationTransports } from '../notifications/notification-transports';
import { notificationsMigrations } from '../notifications/notifications.migrations';
import { SequenceAllocator } from '../sequences/sequence-allocator';
import { Kernel } from './kernel';
import { systemActor } from './system-actor';
import { checkManifests } from './manifest-checks';
import { selectPlugins, type PluginSelection } from './plugin-loader';
import { orderByDependencies } from './plugin-order';
import { PluginRegistry } from './plugin-registry';

/** Where the data lives: a PostgreSQL server, or embedded PGlite under a directory (in memory without one). */
export type DatabaseTarget = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir?: string };

export interface BootOptions {
  readonly installed: readonly PluginDefinition[];
  readonly selection: PluginSelection;
  readonly database: DatabaseTarget;
  readonly poolSize?: number;
  readonly auditShards?: number;
  /** Group-commit lanes: transactions writing commands at once (default 1). */
  readonly commandLanes?: number;
  readonly clock?: Clock;
  /** Follow the store with the async projections (the API and worker do; one-shot CLI commands don't). */
  readonly followProjections?: boolean;
  readonly onProjectionError?: (projection: string, error: unknown) => void;
  /** A reaction's command refused by the domain (skipped), and a reaction batch that failed (retried). */
  readonly onReactionRejected?: (rejection: ReactionRejection) => void;
  readonly onReactionError?: (reaction: string, error: unknown) => void;
  /**
   * The job queues on Redis: checked at boot, the enabled plugins' queues and schedules created. Without it the
   * process has no queues (`kernel.jobs` is undefined). Workers start only on `kernel.jobs.startWorkers()`.
   */
  readonly jobs?: JobRunnerOptions;
  /**
   * Who reaches clinical data (default: the care-relationship policy, emergency accesses of 60 minutes). The
   * API, worker and CLI pass the operator's `HMS_ACCESS_POLICY` and `HMS_EMERGENCY_ACCESS_MINUTES`.
   */
  readonly access?: { readonly policy?: AccessPolicy; readonly emergencyMinutes?: number };
  /**
   * How notifications leave the inbox: the e-mail and SMS transports (none: the inbox only) and the web client's
   * public address for the link they carry (`HMS_PUBLIC_URL`). A delivery that could not be queued is reported to
   * `onError` (kind only) and queued again by the kernel's sweep.
   */
  readonly notifications?: {
    readonly transports?: NotificationTransports;
    readonly publicUrl?: string;
    readonly onError?: (error: unknown, details: { kind: string }) => void;
  };
}

/**
 * Boots the kernel: checks the plugins' contracts before touching anything, connects (starting the embedded
 * PostgreSQL when there is no server), migrates the kernel's and the enabled plugins' schemas, and assembles the
 * store, buses and projections.
 */
export async function bootKernel(options: BootOptions): Promise<Kernel> {
  const enabled = selectPlugins(options.installed, options.selection);
  checkManifests(enabled, options.installed);
  const registry = new PluginRegistry(orderByDependencies(enabled));
  const cleanups: (() => Promise<void>)[] = [];
  // Jobs send commands through the kernel, which exists only after the queues are opened (workers start later).
  let assembled: Kernel | undefined;
  // The embedded PostgreSQL has one backend, and its socket server interleaves the extended-protocol messages of
  // concurrent connections (unnamed statements get mixed up): one connection serialises what it would anyway.
  const poolSize = options.database.kind === 'embedded' ? 1 : Math.max(2, options.poolSize ?? 10);
  try {
    let url: string;
    if (options.database.kind === 'embedded') {
      const embedded = await startEmbeddedPostgres({ dataDir: options.database.dataDir, maxConnections: poolSize + 2 });
      cleanups.push(() => embedded.stop());
      url = embedded.url;
    } else {
      url = options.database.url;
    }
    const db = await MikroOrmDatabase.connect({
      url,
      poolSize,
      entities: CORE_ENTITIES,
      preparedStatements: options.database.kind === 'server',
    });
    cleanups.unshift(() => db.close());
    await migrateSchemas(db, options.database.kind === 'server', [
      {
        schema: 'core',
        migrations: [
          ...eventStoreMigrations,
          ...authMigrations,
          ...auditMigrations,
          ...auditViewerMigrations,
          ...reportRunsMigrations,
          ...collabMigrations,
          ...installationMigrations,
          ...accessMigrations,
          ...notificationsMigrations,
          ...fhirImportRunsMigrations,
          ...fhirProvenanceMigrations,
        ],
      },
      ...registry.plugins.map((p) => ({ schema: pluginSchema(p.name), migrations: p.migrations })),
    ]);
    const sequences = new SequenceAllocator(registry.plugins.flatMap((p) => p.sequences));
    for (const ddl of sequences.ddl()) await db.query(ddl);
    await syncSuggestedRoles(
      db,
      mergeRolesByName([
        ...KERNEL_SUGGESTED_ROLES.map((role) => ({ ...role, permissions: [...role.permissions] })),
        ...registry.roles.map(({ item }) => ({
          name: item.name,
          description: item.description,
          permissions: item.permissions.map((p) => p.name),
        })),
      ]),
    );
    const clock = options.clock ?? systemClock;
    // A plugin's reports run on its own queue, as the kernel's `<plugin>.run-report` job beside the plugin's jobs.
    // Its notifications are sent the same way, as the kernel's `<plugin>.deliver-notification`, and the deliveries
    // a crash left unqueued are queued by its periodic `<plugin>.queue-notification-deliveries`.
    const delivery = {
      kinds: registry.notificationKinds,
      clock,
      transports: options.notifications?.transports ?? {},
      publicUrl: options.notifications?.publicUrl ?? 'http://localhost:3000',
    };
    const notifications = new NotificationService({
      db,
      registry,
      clock,
      // Notifications are raised once the kernel is assembled (by commands and jobs), and so is its runner.
      enqueue: async (job, payload, jobId) => {
        const runner = assembled?.jobs;
        if (!runner) return false;
        await runner.enqueue(job, payload, { jobId });
        return true;
      },
      onError: options.notifications?.onError,
      channels: {
        email: options.notifications?.transports?.email !== undefined,
        sms: options.notifications?.transports?.sms !== undefined,
      },
    });
    const withReportJobs = registry.plugins.map((p) => ({
      ...p,
      jobs: [
        ...p.jobs,
        ...(p.reports.length === 0 ? [] : [reportJob(p, db, clock, registry.names)]),
        // A background FHIR import runs through the assembled kernel's executors, like a request's.
        ...(p.fhirServer?.runImport
          ? [fhirImportJob(p.name, db, clock, () => assembled && fhirGatewayOf(assembled))]
          : []),
        ...((p.notificationKinds ?? []).length === 0
          ? []
          : [deliverNotificationJob(p.name, delivery), queueNotificationDeliveriesJob(p.name, notifications)]),
      ],
    }));
    const installation = await readInstallation(db);
    // Queues nobody runs: installed plugins not enabled, and enabled ones without jobs (e.g. since their jobs moved
    // to a plugin split out of them); schedules left there would fire into a queue no worker takes.
    const withJobs = new Set(withReportJobs.filter((p) => p.jobs.length > 0).map((p) => p.name));
    const disabled = options.installed.map((p) => p.name).filter((name) => !withJobs.has(name));
    const jobs = options.jobs
      ? await JobRunner.open(
          {
            plugins: withReportJobs,
            disabled,
            sql: db,
            clock,
            notifications,
            execute: (type, data, commandId) => {
              if (!assembled) throw new Error('The kernel is not assembled yet');
              return assembled.execute({
                type,
                data,
                actor: systemActor(),
                commandId,
                correlationId: commandId,
                source: 'job',
              });
            },
          },
          {
            ...options.jobs,
            prefix: options.jobs.prefix ?? installation.defaultRedisPrefix,
            installation: installation.id,
          },
        )
      : undefined;
    assembled = assemble(
      db,
      registry,
      sequences,
      { ...options, clock },
      jobs,
      cleanups.slice(1),
      installation,
      notifications,
    );
    // A process that stopped between a command's commit and queuing its notifications' delivery left them unqueued.
    if (jobs)
      void notifications
        .queueUnqueued()
        .catch((error: unknown) => options.notifications?.onError?.(error, { kind: 'unknown' }));
    return assembled;
  } catch (error) {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    throw error;
  }
}

function fhirGatewayOf(kernel: Kernel): FhirGateway {
  const { queries, commands, audit, db, clock } = kernel;
  return new FhirGateway(kernel.registry, { queries, commands, audit, db, clock, care: kernel.access.care });
}

function assemble(
  db: MikroOrmDatabase,
  registry: PluginRegistry,
  sequences: SequenceAllocator,
  options: BootOptions & { clock: Clock },
  jobs: JobRunner | undefined,
  cleanups: (() => Promise<void>)[],
  installation: Installation,
  notifications: NotificationService,
): Kernel {
  const clock = options.clock;
  const store = new EventStore(new UpcasterRegistry([...registry.events.values()].map((e) => e.item)));
  const audit = new AuditWriter({ shards: options.auditShards ?? 8 });
  const asyncProjector = new AsyncProjector(
    db,
    store,
    registry.asyncProjections().map((p) => p.item),
    500,
    options.onProjectionError,
  );
  // Reactions run only on events of enabled plugins: one following a disabled optional dependency has nothing to do.
  const reactionEntries = registry.plugins.flatMap((p) =>
    (p.reactions ?? [])
      .filter((reaction) => reaction.handles.some((h) => registry.events.has(h.type)))
      .map((reaction) => ({ plugin: p.name, reaction })),
  );
  const collabSignals = new CollabSignals();
  const careAccess = new CareAccess({
    policy: options.access?.policy ?? 'care-relationship',
    clock,
    sources: registry.plugins.flatMap((p) => p.careRelationships ?? []),
    identities: registry.plugins.flatMap((p) => p.clinicianIdentities ?? []),
  });
  const queries = new QueryExecutor({ db, registry, store, audit, clock, careAccess });
  const commands = new CommandExecutor({
    db,
    registry,
    store,
    projector: new InlineProjector(registry),
    sequences,
    audit,
    clock,
    careAccess,
    askQuery: (envelope, askedBy) => queries.execute(envelope, askedBy),
    onAppended: (events) => {
      const types = new Set(events.map((event) => event.type));
      asyncProjector.nudge(types);
      reactions.nudge(types);
    },
    onCollabChanged: (documentIds) => collabSignals.changed(documentIds),
    ...(jobs ? { onJobsRequested: (requested: readonly RequestedJob[]) => jobs.enqueueRequested(requested) } : {}),
    notifications,
    onNotificationsStored: (deliveries) => notifications.queueInBackground(deliveries),
    lanes: options.commandLanes,
  });
  // Declared after the executor whose commit listener nudges it: no command commits before the kernel is assembled.
  const reactions = new ReactionRunner(
    db,
    store,
    reactionEntries,
    clock,
    (plugin, type, data, commandId) =>
      commands.execute({
        type,
        data,
        actor: systemActor(),
        commandId,
        correlationId: commandId,
        source: `reaction:${plugin}`,
      }),
    { onRejected: options.onReactionRejected, onError: options.onReactionError },
  );
  if (options.followProjections) {
    asyncProjector.start();
    reactions.start();
  }
  const rebuilder = new ProjectionRebuilder(db, store, registry);
  return new Kernel(
    db,
    registry,
    store,
    commands,
    queries,
    asyncProjector,
    rebuilder,
    reactions,
    audit,
    clock,
    jobs,
    cleanups,
    collabSignals,
    installation,
    { care: careAccess, emergencyMinutes: options.access?.emergencyMinutes ?? 60 },
    notifications,
  );
}

/**
 * Several plugins suggest the same role (the patient and EHR plugins both suggest `nurse`): one role holding what
 * each suggests, described by the first, so a plugin's suggestion is not dropped because another came first.
 */
function mergeRolesByName<R extends { name: string; description: string; permissions: string[] }>(
  roles: readonly R[],
): R[] {
  const merged = new Map<string, R>();
  for (const role of roles) {
    const first = merged.get(role.name);
    merged.set(role.name, first ? { ...first, permissions: [...first.permissions, ...role.permissions] } : role);
  }
  return [...merged.values()];
}
