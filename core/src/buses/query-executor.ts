import { ForbiddenError, NotFoundError, parseOrThrow, type QueryRegistration } from '@hms/sdk';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { auditedPatients, auditOutcomeOf, validatedInput } from './audit-outcome';
import type { AuditSink } from './audit-sink';
import type { QueryEnvelope } from './command-envelope';
import type { AskingCaller } from './published-queries';
import { readContext } from './read-context';

/**
 * Runs one query: permission, validation, the handler on the pool, and, for patient data, the audit record
 * written before the answer leaves (fail closed: no audit, no data). A query another plugin's handler asks
 * (`ctx.ask`) runs the same way, as the same user; its audit record names the asking plugin and action.
 */
export class QueryExecutor {
  constructor(
    private readonly deps: {
      db: Database;
      registry: PluginRegistry;
      store: EventStore;
      audit: AuditSink;
      clock: Clock;
    },
  ) {}

  async execute(envelope: QueryEnvelope, askedBy?: AskingCaller): Promise<unknown> {
    const owned = this.deps.registry.queries.get(envelope.type);
    if (!owned) throw new NotFoundError('QUERY_NOT_FOUND', { type: envelope.type });
    const registration = owned.item;
    let params: unknown; // set once the input passed the query's schema
    try {
      if (!envelope.actor.has(registration.permission.name)) {
        throw new ForbiddenError('PERMISSION_REQUIRED', { permission: registration.permission.name });
      }
      params = parseOrThrow(registration.query.schema, envelope.params);
      const caller = {
        plugin: owned.plugin,
        action: envelope.type,
        correlationId: envelope.correlationId,
        source: envelope.source,
      };
      const askQuery = (asked: QueryEnvelope, by: AskingCaller): Promise<unknown> => this.execute(asked, by);
      const result = await registration.handle(
        params as never,
        readContext(envelope.actor, { ...this.deps, askQuery }, caller),
      );
      if (registration.permission.patientData)
        await this.audit(envelope, registration, params, result, 'success', askedBy);
      return result;
    } catch (error) {
      if (registration.permission.patientData) {
        const input = params ?? validatedInput(registration.query.schema, envelope.params);
        await this.audit(envelope, registration, input, undefined, error, askedBy);
      }
      throw error;
    }
  }

  private audit(
    envelope: QueryEnvelope,
    registration: QueryRegistration,
    params: unknown,
    result: unknown,
    outcome: 'success' | unknown,
    askedBy: AskingCaller | undefined,
  ): Promise<unknown> {
    const failed = outcome !== 'success';
    const details = {
      ...(failed ? { code: (outcome as { code?: string }).code ?? 'INTERNAL_ERROR' } : {}),
      ...(askedBy ? { askedBy: askedBy.plugin, askedFor: askedBy.action } : {}),
    };
    return this.deps.audit.record(this.deps.db, {
      at: this.deps.clock.now(),
      actorId: envelope.actor.id,
      action: envelope.type,
      outcome: failed ? auditOutcomeOf(outcome) : 'success',
      source: envelope.source,
      correlationId: envelope.correlationId,
      patientIds: auditedPatients(registration.auditPatient, params, result),
      ...(Object.keys(details).length > 0 ? { details } : {}),
    });
  }
}
