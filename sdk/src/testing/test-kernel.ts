import type { CollabContent } from '../collab';
import type { RecordedEvent, Sql } from '../context';
import type { JobDefinition, ReportDefinition, ReportResult } from '../jobs';
import type { CommandDefinition, InputOf, QueryDefinition, ResultOf } from '../messages';
import type { NotificationAudience } from '../notifications';
import type { PluginDefinition } from '../plugin';

/** Options of {@link createTestKernel}. */
export interface TestKernelOptions {
  readonly plugins: readonly PluginDefinition[];
  /**
   * `'postgres'` (default): a fresh database on the server in `TEST_DATABASE_URL` (or the local `test` database's
   * server), dropped at `close()`. `'pglite'`: an embedded PostgreSQL in memory.
   */
  readonly database?: 'postgres' | 'pglite';
  /** Fixed start of the fake clock (ISO 8601); it advances only through `clock.advance`. */
  readonly now?: string;
  /**
   * Transactions writing commands at once (default 1, as in production). More lanes put concurrent commands in
   * separate transactions, so a test can race them against the event store's version checks.
   */
  readonly commandLanes?: number;
  /**
   * Real job queues on the test Redis (`REDIS_URL`, else the local one) under a key prefix of this kernel's own,
   * deleted at `close()`: reports can then be requested and run by workers as in production
   * (`requestReport`, `startWorkers`). Default false.
   */
  readonly jobs?: boolean;
}

/** A stored report run, as `GET /api/reports/runs/<id>` shows it. */
export interface TestReportRun {
  readonly status: 'queued' | 'running' | 'completed' | 'failed';
  readonly progress: number;
  readonly parameters: Record<string, unknown>;
  readonly result: ReportResult | null;
  readonly error: string | null;
}

/**
 * The id of the actor of every test command and query: the account id a care relationship must name (a ward team
 * member, a care-team member) for an actor with given permissions to reach a patient under the default policy.
 */
export const TEST_ACTOR_ID = 'test-actor';

/** Who runs a command or query in a test: by default an actor holding every declared permission. */
export interface TestActorOptions {
  readonly permissions?: readonly string[];
  /**
   * Another person than {@link TEST_ACTOR_ID} (since SDK 2.5): a rule that needs two people (results entered by one,
   * validated by another) is tested with two actor ids.
   */
  readonly actorId?: string;
  readonly commandId?: string;
}

/** Co-edited documents in a test, without a WebSocket. */
export interface TestCollab {
  /**
   * Persists a Yjs update as a connection of the given actor would: the document's kind resolves it, the
   * permissions decide the mode, and the update is stored and audited by the collaboration server's own
   * persistence path. Refused with `ForbiddenError` (no read permission, or read-only), `NotFoundError` (no kind
   * claims the id) or `ConflictError` `DOCUMENT_SEALED`.
   * @example
   * const doc = new Y.Doc();
   * const p = new Y.XmlElement('paragraph'); p.insert(0, [new Y.XmlText('Chest clear.')]);
   * doc.getXmlFragment('body').insert(0, [p]);
   * await kernel.collab.write(noteId, Y.encodeStateAsUpdate(doc));
   */
  write(documentId: string, update: Uint8Array, options?: TestActorOptions): Promise<{ revision: number }>;
  /** The persisted content, as `ctx.collab.read` answers it. */
  read(documentId: string): Promise<CollabContent>;
}

/** A notification as stored, for assertions (since SDK 2.3). */
export interface TestNotification {
  readonly id: string;
  readonly code: string;
  readonly kind: string;
  readonly subjectKey: string;
  readonly status: 'open' | 'resolved';
  readonly audience: NotificationAudience;
  readonly link: string;
  readonly facts: Readonly<Record<string, string | number | boolean | null>>;
  /** The account ids it was delivered to (its audience, resolved when it was raised). */
  readonly recipients: readonly string[];
}

/** A message a test transport recorded instead of sending it. */
export interface TestTransportMessage {
  readonly channel: 'email' | 'sms';
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/** One copy of a notification in a person's inbox. */
export interface TestInboxItem {
  readonly id: string;
  readonly kind: string;
  readonly subjectKey: string;
  readonly unread: boolean;
  readonly resolvedAt: string | null;
}

/**
 * The notifications of a test kernel (since SDK 2.3): people to address them to, what was raised, each inbox, and
 * the e-mail and SMS transports, which record what they would send.
 */
export interface TestNotifications {
  /** Creates a login account to receive notifications (its roles are created when missing); answers its id. */
  addPerson(person?: {
    roles?: readonly string[];
    practitionerId?: string;
    email?: string;
    phone?: string;
  }): Promise<{ id: string }>;
  /** Every notification raised, oldest first. */
  list(): Promise<readonly TestNotification[]>;
  /** The open and resolved notifications in a person's inbox. */
  inbox(accountId: string): Promise<readonly TestInboxItem[]>;
  /**
   * Runs the e-mail and SMS delivery of the open notifications now, as their jobs would (each is sent once per
   * person and channel however often this runs), and answers every message recorded so far.
   */
  deliver(): Promise<readonly TestTransportMessage[]>;
}

/** The real kernel (event store, buses, projections, permission checks, audit) around the given plugins. */
export interface TestKernel {
  /** Sends a command through the real buses; answers what its handler answered, typed by the command's result. */
  execute<C extends CommandDefinition>(command: C, data: InputOf<C>, options?: TestActorOptions): Promise<ResultOf<C>>;
  /** Asks a query through the real buses; the answer is typed by the query's declared result. */
  ask<Q extends QueryDefinition>(query: Q, params: InputOf<Q>, options?: TestActorOptions): Promise<ResultOf<Q>>;
  /** Every event of a stream, upcast to current versions. */
  readStream(streamId: string): Promise<RecordedEvent[]>;
  /**
   * Runs async projections and reactions (and what their commands append) until they have caught up with the store,
   * and applies the notifications committed commands raised or resolved.
   */
  settle(): Promise<void>;
  /**
   * Runs a job's handler once, as a worker would (system actor; `ctx.execute` goes through the real kernel), and
   * answers the progress it reported. `runId` stands for the job id: the same id gives the same command ids.
   */
  runJob<P, O>(
    job: JobDefinition<P, O>,
    payload: P,
    options?: { runId?: string; pluginOptions?: Partial<O> },
  ): Promise<{ progress: number[] }>;
  /**
   * Runs a report as its job would, on the current read models: the parameters are parsed with the report's
   * schema (defaults applied, bad ones throw a `ValidationError`), the actor holds every permission, and
   * `enabledPlugins`
   * are the test kernel's plugins. Answers the result and the progress it reported.
   */
  runReport<P>(report: ReportDefinition<P>, parameters: unknown): Promise<{ result: ReportResult; progress: number[] }>;
  /**
   * Asks for a run of an enabled plugin's report as `POST /api/reports/<name>/runs` does (needs `jobs: true`):
   * unknown report `NotFoundError`, bad parameters `ValidationError`, nothing stored or queued then. The run is
   * requested by a test account holding every declared permission (or `options.permissions`).
   */
  requestReport(
    name: string,
    parameters: unknown,
    options?: Pick<TestActorOptions, 'permissions'>,
  ): Promise<{ id: string }>;
  /** A report run as stored (status, progress, parameters with defaults, result), or undefined. */
  reportRun(id: string): Promise<TestReportRun | undefined>;
  /** Starts this kernel's workers on the queues (needs `jobs: true`): queued jobs and report runs start running. */
  startWorkers(): void;
  /** Empties a projection's tables and replays every event into it, as `hms projections rebuild` does. */
  rebuildProjection(name: string): Promise<{ events: number }>;
  /** Co-edited documents: write as an editor would, read as a handler does. */
  readonly collab: TestCollab;
  /** Notifications: people to receive them, what was raised, inboxes and the recording transports. */
  readonly notifications: TestNotifications;
  /** Direct SQL, to assert on read models. */
  readonly sql: Sql;
  readonly clock: { now(): string; advance(ms: number): void };
  close(): Promise<void>;
}

interface KernelModule {
  bootTestKernel(options: TestKernelOptions): Promise<TestKernel>;
}

/**
 * Boots the real kernel around your plugins on a real database, for a plugin's integration tests.
 * Install `@hms/core` as a dev dependency: the SDK loads it here, so plugins still never import the core.
 * @example
 * const kernel = await createTestKernel({ plugins: [patientPlugin] });
 * const { id } = await kernel.execute(RegisterPatient, { givenName: 'Ada', … });
 * await kernel.close();
 */
export async function createTestKernel(options: TestKernelOptions): Promise<TestKernel> {
  return loadKernel().bootTestKernel(options);
}

/**
 * The kernel is resolved at run time, not imported: the SDK must not depend on the core (docs/architecture.md).
 * It is looked up beside the SDK first, then from the plugin being tested (the working directory).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- resolved at run time on purpose, see above */
function loadKernel(): KernelModule {
  try {
    return require('@hms/core/testing') as KernelModule;
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    return require(require.resolve('@hms/core/testing', { paths: [process.cwd()] })) as KernelModule;
  }
}
/* eslint-enable @typescript-eslint/no-require-imports */
