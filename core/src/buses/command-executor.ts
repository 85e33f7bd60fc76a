import { randomUUID } from 'node:crypto';
import { ForbiddenError, NotFoundError, parseOrThrow, type CommandRegistration, type RecordedEvent } from '@hms/sdk';
import type { AccessBasis, CareAccess } from '../access/care-access';
import { clinicalAccessBasis } from '../access/clinical-access';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import type { PluginRegistry } from '../kernel/plugin-registry';
import type { InlineProjector } from '../projections/inline-projector';
import type { SequenceAllocator } from '../sequences/sequence-allocator';
import { auditedPatients, auditOutcomeOf, validatedInput } from './audit-outcome';
import type { AuditSink } from './audit-sink';
import type { CommandEnvelope } from './command-envelope';
import { CommandBatcher } from './command-batcher';
import type { CommandOutcome } from './pending-command';
import { commandFingerprint, ProcessedCommands } from './processed-commands';
import type { RequestedJob } from './requested-jobs';
import type { BatchNotifications } from './command-batch';
import type { PendingDelivery } from '../notifications/notification-delivery-queue';
import type { AskedQueryRunner } from './published-queries';
import { readContext } from './read-context';

/** What a caller of {@link CommandExecutor.execute} may be told along the way. */
export interface ExecuteHooks {
  readonly onSubmitted?: () => void;
}

/** Told after commands commit, with what they appended (async projections wake up on it). */
export type AppendListener = (events: RecordedEvent[]) => void;

export interface CommandExecutorDeps {
  readonly db: Database;
  readonly registry: PluginRegistry;
  readonly store: EventStore;
  readonly projector: InlineProjector;
  readonly sequences: SequenceAllocator;
  readonly audit: AuditSink;
  readonly clock: Clock;
  /** The care-relationship rule; without it, clinical data follows roles only. */
  readonly careAccess?: CareAccess;
  /** Runs the published queries a command's `prepare` asks (`ctx.ask`); without it, `ctx.ask` throws. */
  readonly askQuery?: AskedQueryRunner;
  readonly onAppended?: AppendListener;
  /** Told which co-edited documents committed commands sealed or unsealed. */
  readonly onCollabChanged?: (documentIds: readonly string[]) => void;
  /** Told the jobs committed commands asked for (`ctx.requestJob`); the kernel queues them. */
  readonly onJobsRequested?: (jobs: readonly RequestedJob[]) => void;
  /** Stores the notifications commands raise or resolve (`ctx.notify`) in their own transaction. */
  readonly notifications?: BatchNotifications;
  /** Told the notifications committed commands stored, whose delivery the kernel then queues. */
  readonly onNotificationsStored?: (deliveries: readonly PendingDelivery[]) => void;
  /**
   * Transactions writing commands at once (default 1: one lane makes the largest batches, which is the fastest
   * for short commands), and commands per transaction at most (default 64).
   */
  readonly lanes?: number;
  readonly maxBatch?: number;
}

/**
 * Runs one command end to end: permission and validation here, then the handler inside a transaction (shared with
 * whatever other commands arrived at the same moment) holding its appends, the inline projections, the command-id
 * record, its notifications and the audit record. A stale version found on write is retried (a few times); a
 * retry of an already processed command id returns the first result.
 */
export class CommandExecutor {
  private readonly processed = new ProcessedCommands();
  private readonly batcher: CommandBatcher;

  constructor(private readonly deps: CommandExecutorDeps) {
    this.batcher = new CommandBatcher(
      deps.db,
      {
        registry: deps.registry,
        store: deps.store,
        projector: deps.projector,
        sequences: deps.sequences,
        audit: deps.audit,
        processed: this.processed,
        careAccess: deps.careAccess,
        jobQueues: deps.onJobsRequested !== undefined,
        notifications: deps.notifications,
      },
      { lanes: deps.lanes ?? 1, maxBatch: deps.maxBatch ?? 64 },
      (events) => deps.onAppended?.(events),
      (documentIds) => deps.onCollabChanged?.(documentIds),
      (jobs) => deps.onJobsRequested?.(jobs),
      (deliveries) => deps.onNotificationsStored?.(deliveries),
    );
  }

  /** Waits for the commands already accepted to be written or refused. */
  drain(): Promise<void> {
    return this.batcher.drain();
  }

  /**
   * `hooks.onSubmitted` is told when the command has been handed to the batcher (after its checks and `prepare`),
   * before it commits: a caller running commands in order (the sync route) starts the next one then, so consecutive
   * commands share a transaction and are decided in their order. Not told when the command is refused before.
   */
  async execute(envelope: CommandEnvelope, hooks: ExecuteHooks = {}): Promise<unknown> {
    const owned = this.deps.registry.commands.get(envelope.type);
    if (!owned) throw new NotFoundError('COMMAND_NOT_FOUND', { type: envelope.type });
    const registration = owned.item;
    let data: unknown; // set once the input passed the command's schema
    try {
      if (!envelope.actor.has(registration.permission.name)) {
        throw new ForbiddenError('PERMISSION_REQUIRED', { permission: registration.permission.name });
      }
      data = parseOrThrow(registration.command.schema, envelope.data);
      // When the input names the patient, a clinician out of reach is refused here, before any work; a command
      // naming a note or an encounter is checked in its batch, on the patient its handler reports.
      const access = await clinicalAccessBasis(
        this.deps.careAccess,
        registration.permission,
        registration.auditPatient,
        envelope.actor,
        data,
        undefined,
        this.deps.db,
      );
      return await this.run(owned.plugin, registration, envelope, data, access, hooks);
    } catch (error) {
      if (registration.permission.patientData) {
        const input = data ?? validatedInput(registration.command.schema, envelope.data);
        await this.auditFailure(envelope, registration, input, error);
      }
      throw error;
    }
  }

  private async run(
    plugin: string,
    registration: CommandRegistration,
    envelope: CommandEnvelope,
    data: unknown,
    checkedAccess: AccessBasis | undefined,
    hooks: ExecuteHooks,
  ): Promise<unknown> {
    let access = checkedAccess;
    const commandId = envelope.commandId ?? randomUUID();
    const fingerprint = commandFingerprint(envelope.type, data);
    const clock = this.clockOf(envelope);
    const meta = {
      commandId,
      actorId: envelope.actor.id,
      now: clock.now().toISOString(),
      correlationId: envelope.correlationId,
    };
    let outcome: CommandOutcome;
    try {
      // Reads the handler needs beforehand run here, concurrently, not one after another inside the batch.
      const caller = { plugin, action: envelope.type, correlationId: envelope.correlationId, source: envelope.source };
      const prepared = registration.prepare
        ? await registration.prepare(data as never, readContext(envelope.actor, { ...this.deps, clock }, caller))
        : undefined;
      // A clinical command by a note's or an encounter's id: checked on the patient its preparation found.
      if (access === undefined && registration.preparedPatient) {
        access = await clinicalAccessBasis(
          this.deps.careAccess,
          registration.permission,
          () => registration.preparedPatient?.(prepared as never),
          envelope.actor,
          data,
          undefined,
          this.deps.db,
        );
      }
      outcome = await new Promise<CommandOutcome>((settle, fail) => {
        this.batcher.submit({
          plugin,
          registration,
          envelope,
          data,
          prepared,
          meta,
          fingerprint,
          access,
          attempt: 1,
          settle,
          fail,
        });
        hooks.onSubmitted?.();
      });
    } catch (error) {
      // A retried command may fail where the first run succeeded (the patient is already registered):
      // when this id was processed before, its first result is the answer.
      if (envelope.commandId === undefined) throw error;
      const first = await this.processed.firstResult(
        this.deps.db,
        commandId,
        envelope.type,
        envelope.actor.id,
        fingerprint,
      );
      if (!first) throw error;
      return this.replay(registration, envelope, data, first.result);
    }
    if (outcome.kind === 'done') return outcome.result;
    const first = await this.processed.firstResult(
      this.deps.db,
      commandId,
      envelope.type,
      envelope.actor.id,
      fingerprint,
    );
    if (!first) throw new Error(`Command ${commandId} was reported processed but has no record`);
    return this.replay(registration, envelope, data, first.result);
  }

  /** A replayed answer hands patient data out again, so it is an access of its own in the audit log. */
  private async replay(
    registration: CommandRegistration,
    envelope: CommandEnvelope,
    data: unknown,
    result: unknown,
  ): Promise<unknown> {
    if (registration.permission.patientData) {
      await this.deps.audit.record(this.deps.db, {
        at: this.clockOf(envelope).now(),
        actorId: envelope.actor.id,
        action: envelope.type,
        outcome: 'success',
        source: envelope.source,
        correlationId: envelope.correlationId,
        patientIds: auditedPatients(registration.auditPatient, data, result),
        details: { replayOf: envelope.commandId ?? null },
      });
    }
    return result;
  }

  /** A refused or failed write is recorded in a transaction of its own (the write's own was rolled back). */
  private auditFailure(
    envelope: CommandEnvelope,
    registration: CommandRegistration,
    data: unknown,
    error: unknown,
  ): Promise<unknown> {
    return this.deps.audit.record(this.deps.db, {
      at: this.clockOf(envelope).now(),
      actorId: envelope.actor.id,
      action: envelope.type,
      outcome: auditOutcomeOf(error),
      source: envelope.source,
      correlationId: envelope.correlationId,
      patientIds: auditedPatients(registration.auditPatient, data, undefined),
      details: { code: (error as { code?: string }).code ?? 'INTERNAL_ERROR' },
    });
  }

  /** The command's own time when the caller gave one (the seed), else the kernel's clock. */
  private clockOf(envelope: CommandEnvelope): Clock {
    const { at } = envelope;
    return at === undefined ? this.deps.clock : { now: () => new Date(at) };
  }
}
