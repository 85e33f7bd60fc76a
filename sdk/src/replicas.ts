import type { RecordedEvent } from './context';
import type { EventDefinition, QueryDefinition, ResultOf } from './messages';
import type { Schema } from './schema';

/** Which rows of a replica one event may have changed: their keys, or `'all'` when the event cannot say. */
export type ReplicaRowChange = readonly string[] | 'all';

/** The limits a device keeps a replica within (see docs/local-first.md, "How much and how long"). */
export interface ReplicaLimits {
  /** Rows kept per (replica, parameters); a larger answer is refused by the server (413), not cut. Default 2,000. */
  readonly maxRows: number;
  /** How long a copy may be read offline after its last successful pull, in hours. Default 12 (one shift). */
  readonly maxAgeHours: number;
}

/**
 * A read model a device may keep a copy of (since SDK 2.9): the published query that answers it, the parameters
 * that scope it (ids and dates only: they travel in the URL), the event types that can change it, and how its
 * answer splits into rows keyed by id. The kernel serves it at `GET /api/sync/replicas/<name>` by running the query
 * as the signed-in user, so the permission, the care-relationship rule and the audit are those of the online read.
 */
export interface ReplicaDefinition<P = unknown, A = unknown, R = unknown> {
  readonly kind: 'replica';
  /** `<plugin>.<Name>`, e.g. `adt.WardBoard`. */
  readonly name: string;
  readonly description?: string;
  /** The query that answers it: the same handler, permission and audit as an online read. */
  readonly query: QueryDefinition;
  /** The scope, from the URL's query string. Ids, codes and dates only: never a name or other patient data. */
  readonly params: Schema<P, unknown>;
  /** The query's parameters for a scope (by default the scope itself). */
  toQuery(params: P): unknown;
  /** Event types that can change an answer; any other event never makes the device pull. */
  readonly events: readonly EventDefinition[];
  /** The answer's rows (a whole answer is one row). */
  rows(answer: A): readonly R[];
  /** A row's key, stable for the row's life (a bed id, a patient id). */
  key(row: R): string;
  /**
   * Other ids a row shows data of (the patient in a bed): `changedRows` may name those instead of the key, when an
   * event knows the patient but not the bed. None by default.
   */
  alsoKeyedBy(row: R): readonly string[];
  /**
   * Which rows `event` may have changed for this scope: keys (`[]` when it does not concern this scope), or `'all'`.
   * Without it, any declared event since the device's checkpoint sends the whole answer again.
   */
  changedRows?(event: RecordedEvent, params: P): ReplicaRowChange;
  /**
   * The streams whose events can change a copy, when the scope names them (a chart: the patient's chart stream). A
   * device then pulls the copy only on change notices of those streams, not on every notice of a declared type.
   */
  streams?(params: P): readonly string[];
  readonly limits: ReplicaLimits;
}

/** What `defineReplica` takes: `rows`, `key`, `toQuery` and `limits` have defaults (the answer as one row). */
export interface ReplicaInput<Q extends QueryDefinition, P, R> {
  readonly name: string;
  readonly description?: string;
  readonly query: Q;
  readonly params: Schema<P, unknown>;
  readonly toQuery?: (params: P) => unknown;
  readonly events: readonly EventDefinition[];
  readonly rows?: (answer: ResultOf<Q>) => readonly R[];
  readonly key?: (row: R) => string;
  readonly alsoKeyedBy?: (row: R) => readonly string[];
  readonly changedRows?: (event: RecordedEvent, params: P) => ReplicaRowChange;
  readonly streams?: (params: P) => readonly string[];
  readonly limits?: Partial<ReplicaLimits>;
}

/** The key of the one row of a replica whose answer is kept whole. */
export const WHOLE_ANSWER_KEY = 'answer';

export const DEFAULT_REPLICA_LIMITS: ReplicaLimits = { maxRows: 2_000, maxAgeHours: 12 };

/**
 * Declares a replica, listed in the plugin's manifest (`replicas: [...]`). Prefer rows with `changedRows`: an
 * incremental pull then carries only the rows the events since the device's checkpoint touched.
 * @example
 * export const wardBoardReplica = defineReplica({
 *   name: 'adt.WardBoard',
 *   query: GetWardBoard,
 *   params: z.strictObject({ wardId: z.uuid() }),
 *   events: [BedOccupied, BedVacated],
 *   rows: (board) => board.beds,
 *   key: (bed) => bed.id,
 *   changedRows: (event) => [String((event.data as { bedId: string }).bedId)],
 * });
 */
export function defineReplica<Q extends QueryDefinition, P, R = ResultOf<Q>>(
  input: ReplicaInput<Q, P, R>,
): ReplicaDefinition<P, ResultOf<Q>, R> {
  if (!/^[a-z][a-z0-9-]*\.[A-Z][A-Za-z0-9]*$/.test(input.name))
    throw new Error(`Replica name "${input.name}" must be <plugin>.<PascalName>`);
  if (input.events.length === 0) throw new Error(`Replica ${input.name} must name the events that change it`);
  return Object.freeze({
    kind: 'replica' as const,
    name: input.name,
    ...(input.description === undefined ? {} : { description: input.description }),
    query: input.query,
    params: input.params,
    toQuery: input.toQuery ?? ((params: P) => params),
    events: input.events,
    rows: input.rows ?? ((answer: ResultOf<Q>) => [answer as unknown as R]),
    key: input.key ?? (() => WHOLE_ANSWER_KEY),
    alsoKeyedBy: input.alsoKeyedBy ?? (() => []),
    ...(input.changedRows === undefined ? {} : { changedRows: input.changedRows }),
    ...(input.streams === undefined ? {} : { streams: input.streams }),
    limits: { ...DEFAULT_REPLICA_LIMITS, ...input.limits },
  });
}
