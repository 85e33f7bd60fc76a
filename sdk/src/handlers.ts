import type { CommandContext, QueryContext } from './context';
import type { CommandDefinition, DataOf, QueryDefinition } from './messages';
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
  handle(data: DataOf<C>, ctx: CommandContext, prepared: P): Promise<R>;
  /** Which patient(s) the command touched, ids only; required when the permission covers patient data. */
  auditPatient?(data: DataOf<C>, result: R | undefined): string | readonly string[] | undefined;
}

/** A query handler registered in a manifest. */
export interface QueryRegistration<Q extends QueryDefinition = QueryDefinition, R = unknown> {
  readonly query: Q;
  readonly permission: PermissionDefinition;
  handle(params: DataOf<Q>, ctx: QueryContext): Promise<R>;
  /** Which patient(s) the answer is about, ids only; required when the permission covers patient data. */
  auditPatient?(params: DataOf<Q>, result: R | undefined): string | readonly string[] | undefined;
}

/**
 * Registers the handler of a command with the permission it needs.
 * @example
 * export const registerPatient = handleCommand(RegisterPatient, {
 *   permission: PATIENT_REGISTER,
 *   auditPatient: (_, result) => result?.id,
 *   async handle(data, ctx) { … },
 * });
 */
export function handleCommand<C extends CommandDefinition, R, P = undefined>(
  command: C,
  registration: Omit<CommandRegistration<C, R, P>, 'command'>,
): CommandRegistration<C, R, P> {
  return { command, ...registration };
}

/**
 * Registers the handler of a query with the permission it needs.
 * @example
 * export const getPatient = handleQuery(GetPatient, { permission: PATIENT_READ, auditPatient: (p) => p.id, handle });
 */
export function handleQuery<Q extends QueryDefinition, R>(
  query: Q,
  registration: Omit<QueryRegistration<Q, R>, 'query'>,
): QueryRegistration<Q, R> {
  return { query, ...registration };
}
