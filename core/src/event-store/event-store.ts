import type { DomainEvent, EventMeta, ExpectedVersion, RecordedEvent, Sql } from '@hms/sdk';
import type { GlobalCursor, GlobalEvent } from './global-cursor';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './recorded-event';
import { StreamVersionConflict } from './stream-version-conflict';
import type { UpcasterRegistry } from './upcaster-registry';

/** What to append: the events, the version the writer expects, and the metadata stored with each. */
export interface AppendRequest {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  readonly events: readonly DomainEvent[];
  readonly meta: EventMeta;
  /** Whether a conflict may be retried by loading again (see {@link StreamVersionConflict}). */
  readonly retryable?: boolean;
}

/** Events one command decided for one stream, to be written after `fromVersion` with the rest of its batch. */
export interface PendingAppend {
  readonly streamId: string;
  readonly fromVersion: number;
  readonly events: readonly DomainEvent[];
  readonly meta: EventMeta;
  readonly retryable: boolean;
  /**
   * The stream was read before the writing transaction wrote anything, so its head is older than the transaction
   * and needs no in-order check on append (see {@link WRITTEN_BY_YOUNGER_TRANSACTION}). False when unknown.
   */
  readonly readBeforeFirstWrite?: boolean;
}

/** A stream as stored after its newest snapshot (`from` 0 and no snapshot: the whole stream). */
export interface StreamFromSnapshot {
  readonly from: number;
  readonly snapshot?: { readonly key: string; readonly state: unknown };
  readonly events: readonly RecordedEvent[];
  /**
   * Whether the reading transaction had written nothing yet (held no transaction id) when this was read. Then the
   * head read was committed before the transaction took its id, so it is older in global order than anything the
   * transaction appends. False when unknown (nothing stored was read).
   */
  readonly readBeforeFirstWrite?: boolean;
}

/** What a batch append wrote, and which appends found their versions taken by another writer. */
export interface AppendManyResult {
  readonly recorded: RecordedEvent[];
  readonly conflicts: readonly PendingAppend[];
}

/** Options of a global-order read. */
export interface ReadAllOptions {
  /** Read events after this cursor (exclusive). */
  readonly after: GlobalCursor;
  readonly limit: number;
  /** Only these event types (all when omitted). */
  readonly types?: readonly string[];
  /**
   * Stop below the oldest running transaction (default). Only a reader that holds every writer out by a lock
   * (an inline projection's rebuild) may read all committed events instead.
   */
  readonly belowRunningTransactions?: boolean;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Global readers go in transaction-id order (see {@link GlobalCursor}), so a stream's event must never sit behind
 * its predecessor there. A transaction that took its id early (it wrote something first) and then appends after an
 * event a younger transaction committed would do just that; such an append is refused as a version conflict, and
 * the retry, in a new and younger transaction, goes through. It takes one index probe of the previous version, so
 * only appends that need it carry it:
 * - a new stream has no predecessor;
 * - a stream read before its transaction wrote anything (`readBeforeFirstWrite`, as a command batch's preloaded
 *   streams are) cannot have one younger than the transaction: what it read had committed, so had taken its id,
 *   before the transaction took its own at its first write, and a head committed after the read takes the version
 *   the append wants (a plain version conflict).
 * Measured: carrying it on every registration cost the bus about a third of its rate at 32 clients, and on every
 * append continuing a stream 7–27% (`pnpm bench stock`).
 */
const WRITTEN_BY_YOUNGER_TRANSACTION = `SELECT 1 FROM core.events previous
  WHERE previous.stream_id = {stream} AND previous.stream_version = {version}
    AND previous.transaction_id > pg_current_xact_id()`;

/**
 * The append-only store of all events in one PostgreSQL table. Every method takes the `Sql` to run on, so the
 * caller decides the transaction: a command appends in its own, next to its inline projections and audit record.
 */
export class EventStore {
  constructor(private readonly upcasters: UpcasterRegistry) {}

  /**
   * The key a fold's snapshots are stored under: the decider's own key and the event schemas in force, so that an
   * upcaster added (or a plugin enabled, or its events changed) leaves the snapshots folded before it unused.
   */
  snapshotKey(policyKey: string): string {
    return `${policyKey}#${this.upcasters.fingerprint()}`;
  }

  /**
   * Appends with optimistic concurrency: stream versions are unique, so a writer with a stale expected version
   * hits the unique constraint and gets a {@link StreamVersionConflict}, never a silent overwrite.
   */
  async append(sql: Sql, request: AppendRequest): Promise<RecordedEvent[]> {
    if (request.events.length === 0) return [];
    const from = await this.resolveVersion(sql, request);
    const types = request.events.map((e) => e.type);
    try {
      const rows = await sql.query<EventRow>(
        `INSERT INTO core.events (stream_id, stream_type, stream_version, event_type, schema_version, data, metadata)
         SELECT $1, $2, $3::int + e.ord, e.type, e.version, e.data, $7::jsonb
           FROM unnest($4::text[], $5::int[], $6::jsonb[]) WITH ORDINALITY AS e(type, version, data, ord)
          ${from > 0 ? `WHERE NOT EXISTS (${WRITTEN_BY_YOUNGER_TRANSACTION.replace('{stream}', '$1').replace('{version}', '$3::int')})` : ''}
          ORDER BY e.ord
         RETURNING ${EVENT_COLUMNS}`,
        [
          request.streamId,
          streamTypeOf(request.streamId),
          from,
          types,
          types.map((t) => this.upcasters.currentVersion(t)),
          request.events.map((e) => JSON.stringify(e.data)),
          JSON.stringify(request.meta),
        ],
      );
      // Nothing written: the stream's head was written by a younger transaction (see the constant). Retrying in a
      // new transaction, which is younger still, succeeds.
      if (rows.length === 0) throw new StreamVersionConflict(request.streamId, request.expectedVersion, true);
      return rows.map(toRecordedEvent);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new StreamVersionConflict(request.streamId, request.expectedVersion, request.retryable ?? false);
      }
      throw error;
    }
  }

  /**
   * Writes the appends of a whole batch of commands in one statement, in order. A version already taken (by a
   * writer that committed first) is not an error here: the caller learns which appends conflicted and must roll
   * the batch back, because other events of the same command may have been written.
   */
  async appendMany(sql: Sql, appends: readonly PendingAppend[]): Promise<AppendManyResult> {
    const rows = appends.flatMap((a) =>
      a.events.map((e, i) => ({ append: a, event: e, version: a.fromVersion + i + 1 })),
    );
    if (rows.length === 0) return { recorded: [], conflicts: [] };
    // Only the first event of an append follows an event another transaction may have written.
    const checked = rows.map((r) => r.version === r.append.fromVersion + 1 && needsOrderCheck(r.append));
    const written = await sql.query<EventRow>(
      `INSERT INTO core.events (stream_id, stream_type, stream_version, event_type, schema_version, data, metadata)
       SELECT e.stream_id, e.stream_type, e.stream_version, e.type, e.version, e.data, e.meta
         FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[], $8::bool[])
              WITH ORDINALITY AS e(stream_id, stream_type, stream_version, type, version, data, meta, checked, ord)
        ${checked.includes(true) ? `WHERE NOT e.checked OR NOT EXISTS (${WRITTEN_BY_YOUNGER_TRANSACTION.replace('{stream}', 'e.stream_id').replace('{version}', 'e.stream_version - 1')})` : ''}
        ORDER BY e.ord
       ON CONFLICT ON CONSTRAINT events_stream_version_unique DO NOTHING
       RETURNING ${EVENT_COLUMNS}`,
      [
        rows.map((r) => r.append.streamId),
        rows.map((r) => streamTypeOf(r.append.streamId)),
        rows.map((r) => r.version),
        rows.map((r) => r.event.type),
        rows.map((r) => this.upcasters.currentVersion(r.event.type)),
        rows.map((r) => JSON.stringify(r.event.data)),
        rows.map((r) => JSON.stringify(r.append.meta)),
        checked,
      ],
    );
    const writtenKeys = new Set(written.map((w) => `${w.stream_id}\u0000${w.stream_version}`));
    const conflicts = appends.filter((a) =>
      a.events.some((_, i) => !writtenKeys.has(`${a.streamId}\u0000${a.fromVersion + i + 1}`)),
    );
    const recorded = written.map(toRecordedEvent).sort((a, b) => (a.position < b.position ? -1 : 1));
    return { recorded, conflicts };
  }

  /** Every event of one stream in version order, upcast to current versions. */
  async readStream(sql: Sql, streamId: string, afterVersion = 0): Promise<RecordedEvent[]> {
    const rows = await sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM core.events WHERE stream_id = $1 AND stream_version > $2 ORDER BY stream_version`,
      [streamId, afterVersion],
    );
    return rows.map((row) => this.upcasters.upcast(toRecordedEvent(row)));
  }

  /**
   * Several streams in one statement, each from its newest snapshot (whatever fold's key it was stored under) or
   * from its first event when it has none: the snapshot, and the events after it in version order, upcast. A stream
   * with neither maps to no snapshot and an empty list. Whoever folds checks the snapshot's key against its own.
   */
  async readStreamsFromSnapshots(sql: Sql, streamIds: readonly string[]): Promise<Map<string, StreamFromSnapshot>> {
    const streams = new Map<string, StreamFromSnapshot>(streamIds.map((id) => [id, { from: 0, events: [] }]));
    if (streams.size === 0) return streams;
    // The snapshot rows sort before their stream's events: their stream_version is the snapshot's, the events' are
    // after it.
    const rows = await sql.query<
      EventRow & { snapshot_key: string | null; snapshot_state: unknown; before_first_write: boolean }
    >(
      `WITH latest AS (
         SELECT DISTINCT ON (stream_id) stream_id, key, version, state FROM core.stream_snapshots
          WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, version DESC
       )
       SELECT e.position, e.stream_id, e.stream_version, e.event_type, e.schema_version, e.data, e.metadata, e.recorded_at,
              NULL::text AS snapshot_key, NULL::jsonb AS snapshot_state,
              pg_current_xact_id_if_assigned() IS NULL AS before_first_write
         FROM core.events e LEFT JOIN latest l ON l.stream_id = e.stream_id
        WHERE e.stream_id = ANY($1::text[]) AND e.stream_version > coalesce(l.version, 0)
       UNION ALL
       SELECT NULL, l.stream_id, l.version, NULL, NULL, NULL, NULL, NULL, l.key, l.state,
              pg_current_xact_id_if_assigned() IS NULL FROM latest l
       ORDER BY stream_id, stream_version`,
      [[...streams.keys()]],
    );
    for (const row of rows) {
      const stream = streams.get(row.stream_id);
      if (!stream) continue;
      if (row.snapshot_key !== null) {
        streams.set(row.stream_id, {
          from: row.stream_version,
          snapshot: { key: row.snapshot_key, state: row.snapshot_state },
          events: [],
        });
      } else {
        (stream.events as RecordedEvent[]).push(this.upcasters.upcast(toRecordedEvent(row)));
      }
    }
    // One statement, one answer: every row carries the same value. With no row, nothing stored was read.
    if (rows[0]?.before_first_write === true)
      for (const [id, stream] of streams) streams.set(id, { ...stream, readBeforeFirstWrite: true });
    return streams;
  }

  /**
   * Events in global order after a cursor, each with the cursor just past it. Global order is (transaction id,
   * position) (see {@link GlobalCursor}); reading only below the oldest transaction still running (the snapshot's
   * xmin) means nothing can ever commit behind the reader.
   */
  async readAll(sql: Sql, options: ReadAllOptions): Promise<GlobalEvent[]> {
    const horizon =
      options.belowRunningTransactions === false ? '' : 'AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())';
    const { transactionId, position, floor } = options.after;
    const params: unknown[] = [transactionId.toString(), position.toString(), floor.toString(), options.limit];
    const typeFilter = options.types ? 'AND event_type = ANY($5::text[])' : '';
    if (options.types) params.push(options.types);
    const rows = await sql.query<EventRow & { transaction_id: string }>(
      `SELECT ${EVENT_COLUMNS}, transaction_id::text AS transaction_id FROM core.events
        WHERE (transaction_id, position) > ($1::xid8, $2::bigint) AND position > $3 ${horizon} ${typeFilter}
        ORDER BY transaction_id, position LIMIT $4`,
      params as never,
    );
    return rows.map((row) => ({
      event: this.upcasters.upcast(toRecordedEvent(row)),
      cursor: { transactionId: BigInt(row.transaction_id), position: BigInt(row.position), floor },
    }));
  }

  /**
   * The current snapshot (`xmin:xmax:running ids`), as text: which transactions' writes are visible now. A replica's
   * checkpoint (core/src/sync/replica-pull.ts).
   */
  async readSnapshot(sql: Sql): Promise<string> {
    const [row] = await sql.query<{ snapshot: string }>('SELECT pg_current_snapshot()::text AS snapshot');
    return row?.snapshot ?? '1:1:';
  }

  /**
   * The committed events of `types` that `snapshot` did not see (written by a transaction that was running or not yet
   * started when it was taken), in global order, at most `limit`: what changed since a replica's checkpoint.
   */
  async readUnseenBy(
    sql: Sql,
    range: { snapshot: string; types: readonly string[]; limit: number },
  ): Promise<RecordedEvent[]> {
    const rows = await sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM core.events
        WHERE event_type = ANY($1::text[]) AND transaction_id >= pg_snapshot_xmin($2::pg_snapshot)
          AND NOT pg_visible_in_snapshot(transaction_id, $2::pg_snapshot)
        ORDER BY transaction_id, position LIMIT $3`,
      [range.types as string[], range.snapshot, range.limit] as never,
    );
    return rows.map((row) => this.upcasters.upcast(toRecordedEvent(row)));
  }

  /** The cursor of the newest event visible to global readers (the start for an empty store). */
  async headCursor(sql: Sql): Promise<GlobalCursor> {
    const [row] = await sql.query<{ transaction_id: string; position: string }>(
      `SELECT transaction_id::text AS transaction_id, position FROM core.events
        WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY transaction_id DESC, position DESC LIMIT 1`,
    );
    return { transactionId: BigInt(row?.transaction_id ?? 0), position: BigInt(row?.position ?? 0), floor: 0n };
  }

  private async resolveVersion(sql: Sql, request: AppendRequest): Promise<number> {
    if (request.expectedVersion === 'no-stream') return 0;
    if (typeof request.expectedVersion === 'number') return request.expectedVersion;
    const [row] = await sql.query<{ version: number | null }>(
      'SELECT max(stream_version) AS version FROM core.events WHERE stream_id = $1',
      [request.streamId],
    );
    return row?.version ?? 0;
  }
}

/** `'patient.patient-<uuid>'` → `'patient.patient'`. */
export function streamTypeOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}

/** Whether an append must carry the in-order check (see {@link WRITTEN_BY_YOUNGER_TRANSACTION}). */
function needsOrderCheck(append: PendingAppend): boolean {
  return append.fromVersion > 0 && append.readBeforeFirstWrite !== true;
}
