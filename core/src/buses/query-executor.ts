import { ForbiddenError, NotFoundError, parseOrThrow, type QueryRegistration } from '@hms/sdk';
import type { AccessBasis, CareAccess } from '../access/care-access';
import { clinicalAccessBasis } from '../access/clinical-access';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { auditedPatients, auditOutcomeOf, validatedInput } from './audit-outcome';
import type { AuditEntry } from '../audit/audit-entry';
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
      /** The care-relationship rule; without it, clinical data follows roles only. */
      careAccess?: CareAccess;
    },
  ) {}

  /**
   * `deferSuccessAudit`, when given, takes the success's audit record instead of the log: the caller writes the
   * records it gathered in one statement before any answer leaves it (still fail closed). Refusals and failures are
   * written at once, as always.
   */
  async execute(
    envelope: QueryEnvelope,
    askedBy?: AskingCaller,
    deferSuccessAudit?: (entry: AuditEntry) => void,
  ): Promise<unknown> {
    const owned = this.deps.registry.queries.get(envelope.type);
    if (!owned) throw new NotFoundError('QUERY_NOT_FOUND', { type: envelope.type });
    const registration = owned.item;
    let params: unknown; // set once the input passed the query's schema
    let access: AccessBasis | undefined; // the ground of a clinical access, once checked
    try {
      if (!envelope.actor.has(registration.permission.name)) {
        throw new ForbiddenError('PERMISSION_REQUIRED', { permission: registration.permission.name });
      }
      params = parseOrThrow(registration.query.schema, envelope.params);
      // Checked before the handler runs when the parameters name the patient, else on the result before it leaves.
      access = await this.clinicalAccess(envelope, registration, params, undefined);
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
      access ??= await this.clinicalAccess(envelope, registration, params, result);
      if (registration.permission.patientData) {
        const entry = this.auditEntry(envelope, registration, params, result, 'success', askedBy, access);
        if (deferSuccessAudit) deferSuccessAudit(entry);
        else await this.deps.audit.record(this.deps.db, entry);
      }
      return result;
    } catch (error) {
      if (registration.permission.patientData) {
        const input = params ?? validatedInput(registration.query.schema, envelope.params);
        const entry = this.auditEntry(envelope, registration, input, undefined, error, askedBy, access);
        await this.deps.audit.record(this.deps.db, entry);
      }
      throw error;
    }
  }

  private clinicalAccess(
    envelope: QueryEnvelope,
    registration: QueryRegistration,
    params: unknown,
    result: unknown,
  ): Promise<AccessBasis | undefined> {
    const { permission, auditPatient } = registration;
    return clinicalAccessBasis(
      this.deps.careAccess,
      permission,
      auditPatient,
      envelope.actor,
      params,
      result,
      this.deps.db,
    );
  }

  private auditEntry(
    envelope: QueryEnvelope,
    registration: QueryRegistration,
    params: unknown,
    result: unknown,
    outcome: 'success' | unknown,
    askedBy: AskingCaller | undefined,
    access: AccessBasis | undefined,
  ): AuditEntry {
    const failed = outcome !== 'success';
    const details = {
      ...(failed ? { code: (outcome as { code?: string }).code ?? 'INTERNAL_ERROR' } : {}),
      ...(askedBy ? { askedBy: askedBy.plugin, askedFor: askedBy.action } : {}),
      ...(access ? { access } : {}),
    };
    return {
      at: this.deps.clock.now(),
      actorId: envelope.actor.id,
      action: envelope.type,
      outcome: failed ? auditOutcomeOf(outcome) : 'success',
      source: envelope.source,
      correlationId: envelope.correlationId,
      patientIds: auditedPatients(registration.auditPatient, params, result),
      ...(Object.keys(details).length > 0 ? { details } : {}),
    };
  }
}
