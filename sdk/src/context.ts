import type { Decider } from './decider';
import type { Schema } from './schema';
import type { Command, CommandMeta, DomainEvent, InputOf, QueryDefinition, ResultOf } from './messages';
import type { NotificationRequest, NotificationSubject } from './notifications';

/** A SQL parameter as the PostgreSQL driver accepts it. */
export type SqlParam = string | number | boolean | null | Date | Buffer | readonly unknown[] | Record<string, unknown>;

/**
 * A connection handed to a plugin: inside a command, the command's own transaction; inside a query, a read.
 * Plugins touch only their own schema (`patient.*`); the kernel owns everything else.
 */
export interface Sql {
  /** Runs one statement with `$1…$n` parameters and returns its rows. */
  query<R = Record<string, unknown>>(text: string, params?: readonly SqlParam[]): Promise<R[]>;
}

/** An event as it was stored: its place in its stream and in the global order, and its metadata. */
export interface RecordedEvent<T extends string = string, D = unknown> extends DomainEvent<T, D> {
  readonly streamId: string;
  readonly streamVersion: number;
  /** Position in the global order (gap-free reading is the store's job, not the reader's). */
  readonly position: bigint;
  readonly schemaVersion: number;
  readonly recordedAt: Date;
  readonly meta: EventMeta;
}

/** Metadata stored with each event. */
export interface EventMeta {
  readonly actorId: string;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly plugin: string;
}

/** Expected version of a stream: a number, `'no-stream'` (must not exist yet) or `'any'`. */
export type ExpectedVersion = number | 'no-stream' | 'any';

/**
 * What one decision appended, and the state it leads to. A handler answers from this, not by reading a read
 * model: its events are written together with the other commands of its batch, after the handler returns.
 */
export interface DecideResult<S, E extends DomainEvent> {
  readonly events: readonly E[];
  /** The stream's version after the append (its number of events). */
  readonly version: number;
  /** The stream's state with the decided events folded in. */
  readonly state: S;
}

/** A stream and its current state, folded from its events. */
export interface LoadedStream<S> {
  readonly state: S;
  readonly version: number;
}

/** One version of a stream: its state once the event that made it was folded in. Since SDK 2.8. */
export interface StreamVersion<S> {
  /** The stream's version after that event (1 for the first). */
  readonly version: number;
  readonly state: S;
  /** When that event was recorded (ISO 8601). */
  readonly recordedAt: string;
  /** The event's type (`'patient.PatientRegistered'`). */
  readonly eventType: string;
}

/** A stream's every version, for a query answering a record's history (FHIR `_history`). Since SDK 2.8. */
export interface StreamHistory {
  /**
   * Folds the stream from its first event (not from a snapshot) and answers its state after each event, oldest
   * first; an empty list when the stream does not exist.
   * @example
   * const versions = await ctx.streamHistory(patientStream(id), patientDecider);
   */
  history<S, E extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<S, Command, E>, 'initialState' | 'evolve'>,
  ): Promise<readonly StreamVersion<S>[]>;
}

/** The event streams a command handler works on, all inside the command's transaction. */
export interface Streams {
  /**
   * Loads the stream, folds it, decides, and appends the new events with optimistic concurrency
   * (the loaded version, or `options.expectedVersion` when the client sent one, e.g. an `If-Match`).
   */
  decide<S, C extends Command, E extends DomainEvent>(
    streamId: string,
    decider: Decider<S, C, E>,
    command: C,
    options?: { expectedVersion?: ExpectedVersion },
  ): Promise<DecideResult<S, E>>;
  /**
   * Loads and folds a stream (version 0 and the initial state when it does not exist), from its last snapshot
   * when the decider keeps them (`Decider.snapshot`).
   */
  load<S, E extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<S, Command, E>, 'initialState' | 'evolve'>,
  ): Promise<LoadedStream<S>>;
}

/** Numbers from a declared sequence (unique, increasing per allocation block, not gap-free). */
export interface Sequences {
  next(name: string): Promise<number>;
}

/** The acting user as handlers see it: ids only. */
export interface Actor {
  readonly id: string;
  readonly username: string;
  /**
   * The SMART-on-FHIR scopes the session was granted (`patient/*.read`, since SDK 2.8): they narrow what it may do
   * through FHIR, and `has` already answers false for a permission no scope maps to. Absent: not narrowed.
   */
  readonly scopes?: readonly string[];
  has(permission: string): boolean;
}

/** What `CommandContext.requestJob` needs of a job: a `JobDefinition` of the command's own plugin. Since SDK 2.2. */
export interface RequestableJob<P> {
  readonly name: string;
  readonly payload: Schema<P>;
}

/**
 * What a command handler may use. Everything runs in one transaction committed by the kernel, possibly shared
 * with other commands that arrived at the same moment. `sql` is for reading: the handler's own decisions are not
 * in the read models until the command commits, so answer from `DecideResult.state`.
 */
export interface CommandContext {
  readonly meta: CommandMeta;
  readonly actor: Actor;
  readonly streams: Streams;
  readonly sql: Sql;
  readonly sequences: Sequences;
  /** Co-edited documents (`collab` in the manifest): read, and seal or unseal, in the command's transaction. */
  readonly collab: CollabDocuments;
  /** A new random UUID for an id the command creates. */
  newId(): string;
  /**
   * Asks for a run of one of this plugin's own jobs once the command commits: nothing is queued when the command
   * is refused or rolls back. The payload is checked by the job's schema now (a bad one refuses the command) and
   * carries ids only. The job's id is derived from the command id and the job's name, so a retried command (the
   * same `Idempotency-Key`) never queues it twice, and the job's own commands (`JobContext.execute`) get ids
   * derived from that. Queuing follows the commit: should the process stop in between, the command's events are
   * there without their job, so keep in the stream what the job is for and let it be asked for again. Throws when
   * the process runs without job queues. Since SDK 2.2.
   * @example
   * await ctx.streams.decide(payRunStream(group, period), payRunDecider, { type: 'staff.StartPayRun', … });
   * ctx.requestJob(calculatePayRunJob, { payGroup: group, from: period.from, to: period.to, run });
   */
  requestJob<P>(job: RequestableJob<P>, payload: P): void;
  /**
   * Raises a notification of one of this plugin's kinds (`notificationKinds`) in the command's own transaction: it
   * is stored exactly when the command commits (never when it is refused), and its e-mail or SMS is queued after
   * that. Idempotent by kind and subject key: while one is open, raising it again changes nothing. Since SDK 2.3.
   * @example
   * ctx.notify({ kind: lowStockNotification, subjectKey: `${storeId}:${itemId}`, audience: { role: 'storekeeper' },
   *   link: '/inventory/stock', facts: { storeId, itemId, onHand: 3 } });
   */
  notify(request: NotificationRequest): void;
  /**
   * Resolves the open notification of this kind and subject key in the command's own transaction (nothing when none
   * is open): it leaves every inbox's unread count, and transports not yet sent are dropped. Since SDK 2.3.
   */
  resolveNotification(subject: NotificationSubject): void;
}

/**
 * What a query handler (and a command's `prepare`) may use. `O` is the plugin's options type: annotate the
 * context with it (`ctx: QueryContext<MyPluginOptions>`) and `ctx.options` is typed, as in a job.
 */
export interface QueryContext<O = Readonly<Record<string, unknown>>> {
  readonly actor: Actor;
  readonly sql: Sql;
  readonly streams: Pick<Streams, 'load'>;
  /** A stream's every version, for a record's history (since SDK 2.8). */
  readonly streamHistory: StreamHistory['history'];
  /** Co-edited documents' persisted content. */
  readonly collab: CollabReader;
  /** The kernel's clock (ISO 8601). */
  readonly now: string;
  /**
   * Asks another plugin's published query (its registration says `published: true`) through the kernel, as the
   * acting user: the user needs that query's permission (`ForbiddenError` otherwise), the parameters are validated
   * by its schema, and an access to patient data is audited like any query (ids only), naming the asking plugin
   * and command or query. The answering plugin must be one this plugin declares in `dependsOn` or
   * `optionalDependsOn`, and enabled: check an optional one with `isEnabled` first. Since SDK 1.1; the answer is
   * typed by the query's declared result since SDK 2.0.
   * @example
   * if (ctx.isEnabled('patient')) {
   *   const patient = await ctx.ask(ResolvePatient, { id: data.patientId }); // a PatientReference
   * }
   */
  ask<Q extends QueryDefinition>(query: Q, params: InputOf<Q>): Promise<ResultOf<Q>>;
  /** Whether a plugin is enabled in this installation (to skip an optional dependency's query). Since SDK 1.1. */
  isEnabled(plugin: string): boolean;
  /**
   * Whether the acting user may see this patient's clinical data now, by the installation's access policy: a
   * care relationship, a grant or an emergency access under the care-relationship policy; always under the
   * role-only one. The kernel applies it to every clinical command and query by itself; a handler asks it only
   * to leave clinical details out of an answer that is not clinical as a whole (a timeline). Since SDK 2.1.
   */
  mayReadClinicalData(patientId: string): Promise<boolean>;
  /**
   * The options the hospital gave this plugin (`plugin.configure({ … })`): what a query prints (the hospital's name
   * on a PDF), or a service a command's `prepare` calls before the command's transaction opens (an insurer's
   * eligibility check), never inside it. Since SDK 2.2.
   */
  readonly options: Partial<O>;
}

/** A co-edited document's persisted content, as command and query handlers see it. */
export interface CollabContent {
  /** The whole document as one Yjs update: `Y.applyUpdate(new Y.Doc(), content.update)` to read it. */
  readonly update: Uint8Array;
  /** How many updates have been persisted: identifies this exact content (0 for a document never written). */
  readonly revision: number;
  /** Whether the document is sealed (no change is accepted until it is unsealed). */
  readonly sealed: boolean;
}

/** Reading co-edited documents (queries, and a command's preparation). */
export interface CollabReader {
  /** The persisted content; an empty document at revision 0 when nothing was ever written. */
  read(documentId: string): Promise<CollabContent>;
}

/** Reading and sealing co-edited documents inside a command's transaction. */
export interface CollabDocuments extends CollabReader {
  /**
   * Seals the document in the command's transaction and returns exactly the content it was sealed at: an update
   * that was not persisted before this moment is refused (its editors are told the document is now read-only).
   * Rolled back with the command if the command fails.
   */
  seal(documentId: string): Promise<CollabContent>;
  /** Accepts changes again (an amendment of a signed note), in the command's transaction. */
  unseal(documentId: string): Promise<void>;
}
