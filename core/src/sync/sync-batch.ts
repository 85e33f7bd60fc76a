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

/** Commands of one call in the executor at once: one batch of the batcher's, so they commit together. */
const IN_FLIGHT = 64;

/**
 * Runs a client's queued commands in the order given, each through the kernel's command executor as its plugin
 * route would (the caller's permissions, validation, care relationship, audit), its entry id as the command id: a
 * resend answers the first result, a reused id with other data is refused.
 *
 * In order, and group-committed: an entry starts once the one before it has been handed to the batcher (checked
 * and prepared), not once it has committed, so consecutive entries share a transaction and are decided in their
 * order (a transfer sees the admission before it). At the first transient failure (5xx, 408, 429) no further entry
 * starts and the rest are answered `not-tried`, for the client to send again in the same order; entries already
 * handed over by then are answered as they ended.
 */
export async function runSyncBatch(
  entries: readonly SyncEntry[],
  request: SyncRequest,
  deps: SyncBatchDeps,
): Promise<SyncOutcome[]> {
  const answers: (SyncOutcome | undefined)[] = entries.map(() => undefined);
  let stopped = false;
  let turn: Promise<void> = Promise.resolve();
  const running = new Set<Promise<void>>();
  for (const [index, entry] of entries.entries()) {
    let handedOver!: () => void;
    const next = new Promise<void>((resolve) => (handedOver = resolve));
    const mine = turn;
    turn = next;
    const run = (async () => {
      await mine;
      try {
        if (stopped) return;
        answers[index] = await runOne(entry, request, deps, handedOver);
        if (answers[index]?.outcome === 'not-tried') stopped = true;
      } finally {
        handedOver();
      }
    })();
    running.add(run);
    void run.finally(() => running.delete(run));
    if (running.size >= IN_FLIGHT) await Promise.race(running);
  }
  await Promise.all(running);
  return entries.map((entry, index) => answers[index] ?? { id: entry.id, outcome: 'not-tried' });
}

/** One entry: done, refused with its problem, or not tried (a transient failure, with the problem). */
async function runOne(
  entry: SyncEntry,
  request: SyncRequest,
  deps: SyncBatchDeps,
  onSubmitted: () => void,
): Promise<SyncOutcome> {
  try {
    refuseUnlessOffline(entry.type, deps.registry);
    const result = await deps.commands.execute(
      {
        type: entry.type,
        data: entry.data,
        actor: request.actor,
        commandId: entry.id,
        correlationId: request.correlationId,
        source: request.source,
      },
      { onSubmitted },
    );
    return { id: entry.id, outcome: 'done', result: result ?? null };
  } catch (error) {
    const thrown = error instanceof OutsideExecutor ? error.error : error;
    const { status, body } = toProblem(thrown, request.correlationId, { instance: request.path });
    if (isTransient(status)) return { id: entry.id, outcome: 'not-tried', problem: body };
    if (error instanceof OutsideExecutor) await auditOutside(entry.type, error, request, deps);
    return { id: entry.id, outcome: 'refused', problem: body };
  }
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
