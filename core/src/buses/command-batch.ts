import { randomUUID } from 'node:crypto';
import { HmsError, type CommandContext, type RecordedEvent, type Sql } from '@hms/sdk';
import type { CareAccess } from '../access/care-access';
import { clinicalAccessBasis } from '../access/clinical-access';
import { collabDocuments } from '../collab/collab-context';
import type { EventStore, PendingAppend } from '../event-store/event-store';
import { streamSnapshots, type StreamSnapshot } from '../event-store/stream-snapshots';
import type { PluginRegistry } from '../kernel/plugin-registry';
import type { InlineProjector } from '../projections/inline-projector';
import type { SequenceAllocator } from '../sequences/sequence-allocator';
import { auditedPatients } from './audit-outcome';
import type { AuditSink } from './audit-sink';
import { BatchStreamReads } from './batch-stream-reads';
import { BatchLedger, BatchStreams } from './batch-streams';
import { CommandSavepoint } from './command-savepoint';
import type { PendingCommand } from './pending-command';
import type { ProcessedCommands } from './processed-commands';
import { JobRequests, type RequestedJob } from './requested-jobs';
import { NotificationRequests } from './requested-notifications';
import type { PendingDelivery } from '../notifications/notification-delivery-queue';
import type { RequestedNotification } from '../notifications/notification-service';

/** Stores commands' notifications in their batch's transaction (the kernel's `NotificationService`). */
export interface BatchNotifications {
  storeRequested(sql: Sql, requested: readonly RequestedNotification[]): Promise<PendingDelivery[]>;
}

export interface BatchDeps {
  readonly registry: PluginRegistry;
  readonly store: EventStore;
  readonly projector: InlineProjector;
  readonly sequences: SequenceAllocator;
  readonly audit: AuditSink;
  readonly processed: ProcessedCommands;
  readonly careAccess?: CareAccess;
  /** Whether committed commands' job requests can be queued (the process has job queues). */
  readonly jobQueues?: boolean;
  /** Where commands' notifications are stored; without it, a command that raises one fails. */
  readonly notifications?: BatchNotifications;
}

/** A command's fate within a committed batch: its handler's result, or the business rule that refused it. */
export type BatchResult =
  | { readonly command: PendingCommand; readonly output: unknown }
  | { readonly command: PendingCommand; readonly error: HmsError };

/**
 * What a committed batch did: each command's fate, the events written, the co-edited documents (un)sealed, the
 * jobs the successful commands asked for and the deliveries of the notifications they raised (both queued after
 * the commit).
 */
export interface BatchOutcome {
  readonly results: BatchResult[];
  readonly recorded: RecordedEvent[];
  readonly collabChanged: readonly string[];
  readonly jobs: readonly RequestedJob[];
  readonly deliveries: readonly PendingDelivery[];
}

/**
 * The batch cannot commit as it stands: some commands found their stream versions taken, or their ids already
 * processed, by writers that committed first. The caller rolls back and runs the rest again.
 */
export class Rebatch extends Error {
  constructor(
    /** Each command whose write found a version taken, with the first such append. */
    readonly conflicts: readonly { readonly command: PendingCommand; readonly append: PendingAppend }[],
    readonly duplicates: readonly PendingCommand[],
  ) {
    super('The batch must be run again without some of its commands');
  }
}

/**
 * Runs a batch of commands in one transaction: each handler decides in turn (seeing the decisions before it),
 * then all events are written in one statement, the inline projections run, the command ids are recorded in one
 * statement, the notifications the commands raised or resolved are stored, and each command touching patient data
 * gets its audit record. A handler refused by a business rule
 * drops its own decisions, and the seals and unseals it did are rolled back to a savepoint taken before the first
 * of them; anything else (a SQL error) fails the batch, and the caller isolates the culprit.
 */
export async function executeBatch(
  sql: Sql,
  commands: readonly PendingCommand[],
  deps: BatchDeps,
): Promise<BatchOutcome> {
  const ledger = new BatchLedger();
  // The streams the commands name are read in one round trip here, not one by one as each handler loads them.
  const reads = new BatchStreamReads(sql, deps.store);
  await reads.preload(commands);
  const results: BatchResult[] = [];
  const appendsOf = new Map<PendingCommand, readonly PendingAppend[]>();
  const snapshotsOf = new Map<PendingCommand, readonly StreamSnapshot[]>();
  const collabChanged: string[] = [];
  const jobs: RequestedJob[] = [];
  const notifications: RequestedNotification[] = [];
  for (const [index, command] of commands.entries()) {
    const sealed: string[] = [];
    const jobRequests = new JobRequests(
      deps.registry.plugins.find((p) => p.name === command.plugin),
      command.meta.commandId,
      deps.jobQueues ?? false,
    );
    const notificationRequests = new NotificationRequests(deps.registry, command.plugin, new Date(command.meta.now));
    const savepoint = new CommandSavepoint(sql, `hms_command_${index}`);
    const streams = new BatchStreams(reads, deps.registry, ledger, {
      ...command.meta,
      causationId: command.meta.commandId,
      plugin: command.plugin,
    });
    const ctx: CommandContext = {
      meta: command.meta,
      actor: command.envelope.actor,
      streams,
      sql,
      sequences: deps.sequences.forPlugin(command.plugin, sql),
      newId: randomUUID,
      collab: collabDocuments(sql, deps.registry, command.plugin, sealed, () => savepoint.take()),
      requestJob: (job, payload) => jobRequests.request(job, payload),
      notify: (request) => notificationRequests.notify(request),
      resolveNotification: (subject) => notificationRequests.resolve(subject),
    };
    try {
      const output = await command.registration.handle(command.data as never, ctx, command.prepared);
      // Only now is the patient of a command by note or encounter id known; a refusal drops its decisions.
      command.access ??= await clinicalAccessBasis(
        deps.careAccess,
        command.registration.permission,
        command.registration.auditPatient,
        command.envelope.actor,
        command.data,
        output,
        sql,
      );
      await savepoint.release();
      results.push({ command, output });
      appendsOf.set(command, streams.appends);
      snapshotsOf.set(command, streams.snapshots);
      collabChanged.push(...sealed);
      jobs.push(...jobRequests.all);
      notifications.push(...notificationRequests.all);
    } catch (error) {
      if (!(error instanceof HmsError)) throw error;
      await savepoint.rollback();
      ledger.discard(streams.appends);
      results.push({ command, error });
    }
  }
  const succeeded = results.filter((r): r is Extract<BatchResult, { output: unknown }> => 'output' in r);
  const { recorded, conflicts } = await deps.store.appendMany(
    sql,
    succeeded.flatMap((r) => appendsOf.get(r.command) ?? []),
  );
  if (conflicts.length > 0) {
    throw new Rebatch(
      succeeded.flatMap(({ command }) => {
        const append = appendsOf.get(command)?.find((a) => conflicts.includes(a));
        return append ? [{ command, append }] : [];
      }),
      [],
    );
  }
  // After the append succeeded: a snapshot is never ahead of the events it folds.
  await streamSnapshots.write(
    sql,
    succeeded.flatMap(({ command }) => snapshotsOf.get(command) ?? []),
  );
  await deps.projector.project(sql, recorded);
  const duplicateIds = new Set(
    await deps.processed.recordMany(
      sql,
      succeeded.map(({ command, output }) => ({
        commandId: command.meta.commandId,
        type: command.envelope.type,
        actorId: command.envelope.actor.id,
        fingerprint: command.fingerprint,
        result: output,
      })),
    ),
  );
  if (duplicateIds.size > 0)
    throw new Rebatch(
      [],
      succeeded.filter((r) => duplicateIds.has(r.command.meta.commandId)).map((r) => r.command),
    );
  // Last but the audit, after anything that may send the batch round again: a raise waits here for another
  // transaction raising the same subject, and then finds it open (raised once).
  const deliveries =
    notifications.length === 0 ? [] : await requireNotifications(deps).storeRequested(sql, notifications);
  await deps.audit.recordMany(
    sql,
    succeeded
      .filter(({ command }) => command.registration.permission.patientData)
      .map(({ command, output }) => ({
        at: new Date(command.meta.now),
        actorId: command.envelope.actor.id,
        action: command.envelope.type,
        outcome: 'success' as const,
        source: command.envelope.source,
        correlationId: command.envelope.correlationId,
        patientIds: auditedPatients(command.registration.auditPatient, command.data, output),
        ...(command.access ? { details: { access: command.access } } : {}),
      })),
  );
  return { results, recorded, collabChanged, jobs, deliveries };
}

function requireNotifications(deps: BatchDeps): BatchNotifications {
  if (!deps.notifications) throw new Error('This kernel has no notification service');
  return deps.notifications;
}
