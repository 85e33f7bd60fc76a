import { HmsError, parseOrThrow, ValidationError, z, type Actor, type ReplicaDefinition } from '@hms/sdk';
import type { ReplicaAnswer } from '@hms/sdk/client';
import type { Kernel } from '../kernel/kernel';
import { CHANGES_BEFORE_FULL, changedKeys } from './changed-keys';

/** A checkpoint is the snapshot of the previous pull (`xmin:xmax:running ids`), sent back as `since`. */
const sinceSchema = z
  .string()
  .max(4_000)
  .regex(/^[0-9]{1,20}:[0-9]{1,20}:([0-9]{1,20}(,[0-9]{1,20})*)?$/, 'must be the position of an earlier answer');

/** The rows of an answer over a replica's limit are refused, not cut: a partial ward would look complete. */
export class ReplicaTooLargeError extends HmsError {
  override readonly status = 413;
  constructor(details: { replica: string; rows: number; maxRows: number }) {
    super('REPLICA_TOO_LARGE', details);
  }
}

export interface PullRequest {
  readonly replica: ReplicaDefinition;
  readonly actor: Actor;
  /** The scope as it came in the query string (everything but `since`). */
  readonly params: unknown;
  readonly since: unknown;
  readonly correlationId: string;
  readonly source: string | null;
  /** Records a refusal made before the query ran (the query audits its own). */
  readonly auditRefusal: (error: unknown) => Promise<unknown>;
}

/**
 * One pull of a replica, as the actor. The checkpoint is a SNAPSHOT of the store (which transactions' writes are
 * visible), taken FIRST, before the read model is read: every event that snapshot saw is in the model read
 * afterwards, and the next pull asks for exactly the events it did not see (`pg_visible_in_snapshot`), whether their
 * transaction was still running then or started later. Taken the other way round, a transaction committing between
 * the model read and the snapshot would count as seen without being in the rows, and the device would never get it;
 * a global position has the same hole, since positions are drawn before commit. An event committed between the
 * snapshot and the model read is in the rows and is considered again next time, which is harmless (rows are
 * replaced by key). This holds for inline read models (written in the events' transaction); an async one would
 * need its own checkpoint.
 */
export async function pullReplica(kernel: Kernel, request: PullRequest): Promise<ReplicaAnswer> {
  const { replica } = request;
  let checked: { scope: unknown; since: string | undefined; snapshot: string };
  try {
    checked = await checkedInput(kernel, request);
  } catch (error) {
    await request.auditRefusal(error);
    throw error;
  }
  const { scope, since, snapshot } = checked;
  const changes =
    since === undefined
      ? ('all' as const)
      : changedKeys(
          replica,
          scope,
          await kernel.store.readUnseenBy(kernel.db, {
            snapshot: since,
            types: replica.events.map((e) => e.type),
            limit: CHANGES_BEFORE_FULL + 1,
          }),
        );
  // Always asked, even when nothing changed: the query is where access is checked (403 when it ended) and audited.
  const answer = await kernel.ask({
    type: replica.query.type,
    params: replica.toQuery(scope),
    actor: request.actor,
    correlationId: request.correlationId,
    source: request.source,
  });
  const rows = replica.rows(answer);
  const { maxRows, maxAgeHours } = replica.limits;
  if (rows.length > maxRows) throw new ReplicaTooLargeError({ replica: replica.name, rows: rows.length, maxRows });
  const streams = replica.streams?.(scope);
  const base = {
    replica: replica.name,
    position: snapshot,
    limits: { maxRows, maxAgeHours },
    ...(streams ? { streams } : {}),
  };
  if (changes !== 'all' && changes.size === 0) return { ...base, full: false, rows: [], rowKeys: [] };
  const keys = rows.map((row) => replica.key(row));
  if (changes === 'all') return { ...base, full: true, rows, rowKeys: keys };
  const changed = rows.flatMap((row, i) =>
    changes.has(keys[i]!) || replica.alsoKeyedBy(row).some((id) => changes.has(id)) ? [i] : [],
  );
  return { ...base, full: false, rows: changed.map((i) => rows[i]), rowKeys: changed.map((i) => keys[i]!), keys };
}

/** The scope and checkpoint, validated, and the snapshot taken before anything else is read. */
async function checkedInput(
  kernel: Kernel,
  request: PullRequest,
): Promise<{ scope: unknown; since: string | undefined; snapshot: string }> {
  const scope = parseOrThrow(request.replica.params, request.params);
  const since = request.since === undefined ? undefined : parseOrThrow(sinceSchema, request.since);
  const snapshot = await kernel.store.readSnapshot(kernel.db);
  if (since !== undefined && xmaxOf(since) > xmaxOf(snapshot))
    throw new ValidationError([{ path: 'since', message: 'is ahead of the server (another installation?)' }]);
  return { scope, since, snapshot };
}

/** The first transaction id a snapshot had not yet seen started. */
const xmaxOf = (snapshot: string): bigint => BigInt(snapshot.split(':')[1] ?? '0');
