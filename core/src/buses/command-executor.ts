import { randomUUID } from 'node:crypto';
import {
  ForbiddenError, NotFoundError, parseOrThrow, type CommandContext, type CommandRegistration, type Sql,
} from '@hms/sdk';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import { StreamVersionConflict } from '../event-store/stream-version-conflict';
import type { Owned, PluginRegistry } from '../kernel/plugin-registry';
import type { InlineProjector } from '../projections/inline-projector';
import type { SequenceAllocator } from '../sequences/sequence-allocator';
import { auditedPatients, auditOutcomeOf } from './audit-outcome';
import type { AuditSink } from './audit-sink';
import type { CommandEnvelope } from './command-envelope';
import { commandFingerprint, DuplicateCommand, ProcessedCommands } from './processed-commands';
import { TransactionStreams } from './transaction-streams';

/** Told after a command commits, with the positions it appended (async projections wake up on it). */
export type AppendListener = (events: TransactionStreams['appended']) => void;

/**
 * Runs one command end to end: permission, validation, then one transaction holding the handler's appends,
 * the inline projections, the command-id record and the audit record. A stale version found by the handler's own
 * load is retried once; a retry of an already processed command id returns the first result.
 */
export class CommandExecutor {
  private readonly processed = new ProcessedCommands();

  constructor(
    private readonly deps: {
      db: Database;
      registry: PluginRegistry;
      store: EventStore;
      projector: InlineProjector;
      sequences: SequenceAllocator;
      audit: AuditSink;
      clock: Clock;
      onAppended?: AppendListener;
    },
  ) {}

  async execute(envelope: CommandEnvelope): Promise<unknown> {
    const owned = this.deps.registry.commands.get(envelope.type);
    if (!owned) throw new NotFoundError('COMMAND_NOT_FOUND', { type: envelope.type });
    const registration = owned.item;
    const audited = registration.permission.patientData;
    let data: unknown = envelope.data;
    try {
      if (!envelope.actor.has(registration.permission.name)) {
        throw new ForbiddenError('PERMISSION_REQUIRED', { permission: registration.permission.name });
      }
      data = parseOrThrow(registration.command.schema, envelope.data);
      return await this.run(owned, envelope, data);
    } catch (error) {
      if (audited) await this.auditFailure(envelope, registration, data, error);
      throw error;
    }
  }

  private async run(owned: Owned<CommandRegistration>, envelope: CommandEnvelope, data: unknown): Promise<unknown> {
    const commandId = envelope.commandId ?? randomUUID();
    const fingerprint = commandFingerprint(envelope.type, data);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(owned, envelope, data, commandId, fingerprint);
      } catch (error) {
        if (error instanceof StreamVersionConflict && error.retryable && attempt === 1) continue;
        // A retried command may fail where the first run succeeded (the patient is already registered):
        // when this id was processed before, its first result is the answer.
        if (error instanceof DuplicateCommand || envelope.commandId !== undefined) {
          const first = await this.processed.firstResult(this.deps.db, commandId, envelope.type, envelope.actor.id, fingerprint);
          if (first) return this.replay(owned.item, envelope, data, first.result);
        }
        throw error;
      }
    }
  }

  private async attempt(
    { plugin, item: registration }: Owned<CommandRegistration>,
    envelope: CommandEnvelope,
    data: unknown,
    commandId: string,
    fingerprint: string,
  ): Promise<unknown> {
    const now = this.deps.clock.now();
    const meta = { commandId, actorId: envelope.actor.id, now: now.toISOString(), correlationId: envelope.correlationId };
    let streams: TransactionStreams | undefined;
    const result = await this.deps.db.transaction(async (sql) => {
      streams = new TransactionStreams(sql, this.deps.store, this.deps.registry, this.deps.projector, {
        ...meta, causationId: commandId, plugin,
      });
      const ctx: CommandContext = {
        meta, actor: envelope.actor, streams, sql, sequences: this.deps.sequences.forPlugin(plugin, sql), newId: randomUUID,
      };
      const output = await registration.handle(data as never, ctx);
      await this.processed.record(sql, commandId, envelope.type, envelope.actor.id, fingerprint, output);
      if (registration.permission.patientData) await this.auditSuccess(sql, envelope, registration, data, output, now);
      return output;
    });
    if (streams && streams.appended.length > 0) this.deps.onAppended?.(streams.appended);
    return result;
  }

  /** A replayed answer hands patient data out again, so it is an access of its own in the audit log. */
  private async replay(registration: CommandRegistration, envelope: CommandEnvelope, data: unknown, result: unknown): Promise<unknown> {
    if (registration.permission.patientData) {
      await this.deps.audit.record(this.deps.db, {
        at: this.deps.clock.now(), actorId: envelope.actor.id, action: envelope.type, outcome: 'success',
        source: envelope.source, correlationId: envelope.correlationId,
        patientIds: auditedPatients(registration.auditPatient, data, result), details: { replayOf: envelope.commandId ?? null },
      });
    }
    return result;
  }

  private auditSuccess(sql: Sql, envelope: CommandEnvelope, registration: CommandRegistration, data: unknown, output: unknown, at: Date): Promise<unknown> {
    return this.deps.audit.record(sql, {
      at, actorId: envelope.actor.id, action: envelope.type, outcome: 'success', source: envelope.source,
      correlationId: envelope.correlationId, patientIds: auditedPatients(registration.auditPatient, data, output),
    });
  }

  /** A refused or failed write is recorded in a transaction of its own (the write's own was rolled back). */
  private auditFailure(envelope: CommandEnvelope, registration: CommandRegistration, data: unknown, error: unknown): Promise<unknown> {
    return this.deps.audit.record(this.deps.db, {
      at: this.deps.clock.now(), actorId: envelope.actor.id, action: envelope.type, outcome: auditOutcomeOf(error),
      source: envelope.source, correlationId: envelope.correlationId,
      patientIds: auditedPatients(registration.auditPatient, data, undefined),
      details: { code: (error as { code?: string }).code ?? 'INTERNAL_ERROR' },
    });
  }
}
