import { InvariantViolation, NotFoundError, type Actor } from '@hms/sdk';
import type { AuditSink } from '../buses/audit-sink';
import type { CommandExecutor } from '../buses/command-executor';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import { toProblem } from '../http/problem';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { isTransient, type SyncOutcome } from './sync-answer';
import type { SyncEntry } from './sync-commands-body';

export interface SyncBatchDeps {
  readonly registry: PluginRegistry;
  readonly commands: CommandExecutor;
  readonly audit: AuditSink;
  readonly db: Database;
  readonly clock: Clock;
}

export interface SyncRequest {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly source: string | null;
  /** The problem's `instance`. */
  readonly path: string;
}

/**
 * Runs a client's queued commands in the order given, each through the kernel's command executor as its plugin
 * route would (the caller's permissions, validation, care relationship, audit), its entry id as the command id: a
 * resend answers the first result, a reused id with other data is refused. One after another, so a command that
 * depends on an earlier one (a transfer after an admission) finds it written; at the first transient failure the
 * rest are answered `not-tried` and the client keeps them, in order.
 */
export async function runSyncBatch(
  entries: readonly SyncEntry[],
  request: SyncRequest,
  deps: SyncBatchDeps,
): Promise<SyncOutcome[]> {
  const answers: SyncOutcome[] = [];
  for (const [index, entry] of entries.entries()) {
    try {
      refuseUnlessOffline(entry.type, deps.registry);
      const result = await deps.commands.execute({
        type: entry.type,
        data: entry.data,
        actor: request.actor,
        commandId: entry.id,
        correlationId: request.correlationId,
        source: request.source,
      });
      answers.push({ id: entry.id, outcome: 'done', result: result ?? null });
    } catch (error) {
      const thrown = error instanceof OutsideExecutor ? error.error : error;
      const { status, body } = toProblem(thrown, request.correlationId, { instance: request.path });
      if (isTransient(status)) {
        answers.push({ id: entry.id, outcome: 'not-tried', problem: body });
        for (const rest of entries.slice(index + 1)) answers.push({ id: rest.id, outcome: 'not-tried' });
        return answers;
      }
      if (error instanceof OutsideExecutor) await auditOutside(entry.type, error, request, deps);
      answers.push({ id: entry.id, outcome: 'refused', problem: body });
    }
  }
  return answers;
}

/** A refusal made here, before the executor (which audits its own). */
class OutsideExecutor {
  constructor(readonly error: NotFoundError | InvariantViolation) {}
}

/**
 * A type no enabled plugin handles (a plugin disabled while the device was offline) is not found; a command its
 * plugin did not declare offline-capable is refused: it may not make sense later (a payment), whatever the client.
 */
function refuseUnlessOffline(type: string, registry: PluginRegistry): void {
  const owned = registry.commands.get(type);
  if (!owned) throw new OutsideExecutor(new NotFoundError('COMMAND_NOT_FOUND', { type }));
  if (owned.item.command.offline !== true)
    throw new OutsideExecutor(new InvariantViolation('COMMAND_NOT_OFFLINE', { type }));
}

/** The executor never saw it, so the refusal is recorded here (no data: it was not validated). */
function auditOutside(type: string, refusal: OutsideExecutor, request: SyncRequest, deps: SyncBatchDeps) {
  return deps.audit.record(deps.db, {
    at: deps.clock.now(),
    actorId: request.actor.id,
    action: type,
    outcome: refusal.error instanceof NotFoundError ? 'not-found' : 'invalid',
    source: request.source,
    correlationId: request.correlationId,
    patientIds: [],
    details: { code: refusal.error.code },
  });
}
