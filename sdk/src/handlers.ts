import type { CommandContext, QueryContext } from './context';
import type { CommandDefinition, DataOf, QueryDefinition, ResultOf } from './messages';
import type { PermissionDefinition } from './permissions';

/** A command handler registered in a manifest. */
export interface CommandRegistration<C extends CommandDefinition = CommandDefinition, R = unknown, P = unknown> {
  readonly command: C;
  readonly permission: PermissionDefinition;
  /**
   * Optional reads before the command joins its transaction (a duplicate search, a lookup in another read model).
   * They run concurrently with other commands' preparations, outside the batch that writes; `handle` gets the
   * answer. What `prepare` reads may change before `handle` decides: keep the invariants in deciders and keys.
   */
  prepare?(data: DataOf<C>, ctx: QueryContext): Promise<P>;
  /**
   * The streams `handle` will load or decide on, as far as the command (and `prepare`'s answer) tells. The kernel
   * reads the named streams of every command in a batch in one round trip before the first handler runs, instead
   * of one read per `load` inside the transaction. Only a hint: a stream not named is read when loaded, a named
   * one never loaded costs its share of that one read, and concurrency stays exact (each append is still checked
   * against the version the handler decided on). Pure: no I/O. Since SDK 1.1.
   * @example
   * preload: (data) => [patientStream(data.patientId), scheduleStream(data.practitionerId)],
   */
  preload?(data: DataOf<C>, prepared: P): readonly string[];
  handle(data: DataOf<C>, ctx: CommandContext, prepared: P): Promise<R>;
  /** Which patient(s) the command touched, ids only; required when the permission covers patient data. */
  auditPatient?(data: DataOf<C>, result: R | undefined): string | readonly string[] | undefined;
  /**
   * For a clinical command naming a note, an encounter or an order rather than the patient: the patient(s) it
   * concerns, as `prepare` found them. The kernel then checks the caller's care relationship before `handle`
   * runs, so a caller out of reach learns nothing from the handler's own refusals (a note already signed); without
   * it the check waits for the result. Pure. Since SDK 2.1.
   * @example
   * prepare: (data, ctx) => notePatient(ctx, data.noteId),
   * preparedPatient: (patientId) => patientId,
   */
  preparedPatient?(prepared: P): string | readonly string[] | undefined;
}

/** A query handler registered in a manifest. */
export interface QueryRegistration<Q extends QueryDefinition = QueryDefinition, R = unknown> {
  readonly query: Q;
  readonly permission: PermissionDefinition;
  /**
   * Other plugins may ask it through `ctx.ask` (since SDK 1.1): a published query is a contract like an event,
   * kept compatible across minor versions. Unpublished queries answer only routes and the plugin itself.
   */
  readonly published?: boolean;
  handle(params: DataOf<Q>, ctx: QueryContext): Promise<R>;
  /** Which patient(s) the answer is about, ids only; required when the permission covers patient data. */
  auditPatient?(params: DataOf<Q>, result: R | undefined): string | readonly string[] | undefined;
}

/**
 * Registers the handler of a command with the permission it needs. When the command declares its result
 * (`.returns<R>()`), `handle` must answer that type (or a narrower one).
 * @example
 * export const registerPatient = handleCommand(RegisterPatient, {
 *   permission: PATIENT_REGISTER,
 *   auditPatient: (_, result) => result?.id,
 *   async handle(data, ctx) { … },
 * });
 */
export function handleCommand<C extends CommandDefinition, R extends ResultOf<C>, P = undefined>(
  command: C,
  registration: Omit<CommandRegistration<C, R, P>, 'command'>,
): CommandRegistration<C, R, P> {
  return { command, ...registration };
}

/**
 * Registers the handler of a query with the permission it needs. When the query declares its result
 * (`.returns<R>()`), `handle` must answer that type (or a narrower one).
 * @example
 * export const getPatient = handleQuery(GetPatient, { permission: PATIENT_READ, auditPatient: (p) => p.id, handle });
 * // Other plugins may ask it with `ctx.ask(GetPatient, { id })`:
 * export const getPatient = handleQuery(GetPatient, { permission: PATIENT_READ, published: true, auditPatient: (p) =>
 * p.id, handle });
 */
export function handleQuery<Q extends QueryDefinition, R extends ResultOf<Q>>(
  query: Q,
  registration: Omit<QueryRegistration<Q, R>, 'query'>,
): QueryRegistration<Q, R> {
  return { query, ...registration };
}
