import type { Schema } from './schema';
import type { DescribeOnTimeline, TimelineDescription } from './timeline';

/** Wire types are `'<plugin>.<Name>'`, e.g. `'patient.RegisterPatient'`. */
export type MessageType = `${string}.${string}`;

/** Who and when of a command, filled in by the kernel; deciders read the clock and actor only from here. */
export interface CommandMeta {
  /** Client-made id; a retried command with the same id returns the first result and appends nothing. */
  readonly commandId: string;
  /** The acting user (or `system` for jobs and the CLI). */
  readonly actorId: string;
  /** The kernel's clock at the moment the command was accepted (ISO 8601). */
  readonly now: string;
  readonly correlationId: string;
}

/** A command as a decider sees it. */
export interface Command<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
  readonly meta: CommandMeta;
}

/** A fact, as a decider emits it. */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/**
 * Where a definition keeps its result type. Only the type checker reads it: no definition carries it at run time,
 * so a command or query costs nothing for declaring what it answers.
 */
declare const resultType: unique symbol;

/**
 * A command definition: a wire type, the schema its data must match, and (since SDK 2.0) the type its handler
 * answers, declared with {@link CommandDefinition.returns}.
 */
export interface CommandDefinition<T extends MessageType = MessageType, D = unknown, I = unknown, R = unknown> {
  readonly kind: 'command';
  readonly type: T;
  readonly schema: Schema<D, I>;
  readonly description?: string;
  /**
   * True when a client may queue the command while offline and send it later through `POST /api/sync/commands`
   * (SDK 2.9). Only for commands that still make sense minutes or an hour later, with a refusal the user can act on.
   */
  readonly offline?: boolean;
  /** Type only, never present at run time: see {@link ResultOf}. */
  readonly [resultType]?: () => R;
  /**
   * Declares what the command's handler answers: `handleCommand` checks the handler against it, and
   * `ctx.execute`, the test kernel's `execute` and a route's `respond` are typed by it. The same definition,
   * with the result in its type.
   * @example
   * export const RegisterPatient = defineCommand('patient.RegisterPatient',
   * registerPatientSchema).returns<PatientView>();
   */
  returns<Result>(): CommandDefinition<T, D, I, Result>;
}

/**
 * A query definition: a wire type, the schema of its parameters, and (since SDK 2.0) the type of its answer,
 * declared with {@link QueryDefinition.returns}.
 */
export interface QueryDefinition<T extends MessageType = MessageType, P = unknown, I = unknown, R = unknown> {
  readonly kind: 'query';
  readonly type: T;
  readonly schema: Schema<P, I>;
  readonly description?: string;
  /** Type only, never present at run time: see {@link ResultOf}. */
  readonly [resultType]?: () => R;
  /**
   * Declares the query's answer: `handleQuery` checks the handler against it, and `ctx.ask`, the test kernel's
   * `ask` and a route's `respond` are typed by it.
   * @example
   * export const GetPatient = defineQuery('patient.GetPatient', z.object({ id: z.uuid() })).returns<PatientView>();
   */
  returns<Result>(): QueryDefinition<T, P, I, Result>;
}

/**
 * What a command's or query's handler answers, as its definition declares it (`.returns<R>()`); `unknown` when it
 * declares nothing.
 */
export type ResultOf<M> = M extends { readonly [resultType]?: () => infer R } ? R : unknown;

/** Turns an older stored shape of an event into the next version's shape. Pure; never throws for valid input. */
export interface Upcaster {
  readonly fromVersion: number;
  upcast(data: unknown): unknown;
}

/** An event definition. `version` is the current schema version; stored older versions are upcast on read. */
export interface EventDefinition<T extends MessageType = MessageType, D = unknown> {
  readonly kind: 'event';
  readonly type: T;
  readonly version: number;
  readonly schema: Schema<D>;
  readonly upcasters: readonly Upcaster[];
  readonly description?: string;
  /**
   * How the event shows on a patient's timeline (since SDK 1.1). Declared by the event's own plugin, so the
   * timeline shows any enabled plugin's events without knowing them. (A method, so that a definition of specific
   * data still is an `EventDefinition`.)
   */
  timeline?(data: D): TimelineDescription | undefined;
}

/** The data type a definition carries, as its handler receives it (parsed, defaults applied). */
export type DataOf<M> = M extends { readonly schema: Schema<infer D, infer _I> } ? D : never;

/** What a caller may send for a definition (optional where the schema has a default). */
export type InputOf<M> = M extends { readonly schema: Schema<infer _D, infer I> } ? I : never;

/** What a command declares besides its type and schema (SDK 2.9; a plain string is still taken as the description). */
export interface CommandOptions {
  readonly description?: string;
  /** May be queued offline and sent later: see {@link CommandDefinition.offline}. */
  readonly offline?: boolean;
}

/**
 * Defines a command: validated at the edge, typed everywhere. Add `.returns<R>()` to declare what its handler
 * answers. `{ offline: true }` lets clients queue it while offline (SDK 2.9).
 * @example
 * export const RegisterPatient = defineCommand('patient.RegisterPatient',
 * registerPatientSchema, { offline: true }).returns<PatientView>();
 */
export function defineCommand<T extends MessageType, D, I>(
  type: T,
  schema: Schema<D, I>,
  options?: string | CommandOptions,
): CommandDefinition<T, D, I> {
  const { description, offline } =
    typeof options === 'string' ? { description: options, offline: false } : (options ?? {});
  const definition: CommandDefinition<T, D, I> = Object.freeze({
    kind: 'command' as const,
    type,
    schema,
    description,
    ...(offline ? { offline: true } : {}),
    // The result is a type only: the same value, seen with the declared result.
    returns: <R>() => definition as CommandDefinition<T, D, I, R>,
  });
  return definition;
}

/**
 * Defines a query and the schema of its parameters. Add `.returns<R>()` to declare its answer.
 * @example
 * export const SearchPatients = defineQuery('patient.SearchPatients', z.object({ q: z.string()
 * })).returns<PatientPage>();
 */
export function defineQuery<T extends MessageType, P, I>(
  type: T,
  schema: Schema<P, I>,
  description?: string,
): QueryDefinition<T, P, I> {
  const definition: QueryDefinition<T, P, I> = Object.freeze({
    kind: 'query' as const,
    type,
    schema,
    description,
    returns: <R>() => definition as QueryDefinition<T, P, I, R>,
  });
  return definition;
}

/**
 * Defines an event type. Released events are frozen: to change the shape, raise `version`, give the new schema,
 * and add an upcaster from the previous version; stored events are upcast on read, never rewritten.
 * @example
 * export const PatientRegistered = defineEvent('patient.PatientRegistered', patientRegisteredSchema);
 * export const NoteSigned = defineEvent('ehr.NoteSigned', noteSignedV2Schema, {
 *   version: 2,
 *   upcasters: [{ fromVersion: 1, upcast: (v1) => ({ ...(v1 as object), contentHash: null }) }],
 * });
 * // On patients' timelines: ids and codes only; the diagnosis code only for users who may read the chart.
 * export const ProblemRecorded = defineEvent('ehr.ProblemRecorded', problemRecordedSchema, {
 * timeline: (d) => ({ patientId: d.patientId, at: d.at, summary: { problemId: d.problemId, code: d.code }, visibleWith:
 * CHART_READ }),
 * });
 */
export function defineEvent<T extends MessageType, D>(
  type: T,
  schema: Schema<D, unknown>,
  options: {
    version?: number;
    upcasters?: readonly Upcaster[];
    description?: string;
    timeline?: DescribeOnTimeline<D>;
  } = {},
): EventDefinition<T, D> {
  const version = options.version ?? 1;
  const upcasters = [...(options.upcasters ?? [])].sort((a, b) => a.fromVersion - b.fromVersion);
  const expected = Array.from({ length: version - 1 }, (_, i) => i + 1);
  const given = upcasters.map((u) => u.fromVersion);
  if (expected.join() !== given.join()) {
    throw new Error(`Event ${type} v${version} needs one upcaster from each version 1..${version - 1}`);
  }
  return Object.freeze({
    kind: 'event' as const,
    type,
    version,
    schema,
    upcasters,
    description: options.description,
    ...(options.timeline ? { timeline: options.timeline } : {}),
  });
}

/**
 * Builds an event value of a definition, typed by its schema.
 * @example
 * return [event(PatientRegistered, { patientId, mrn, ...demographics })];
 */
export function event<T extends MessageType, D>(definition: EventDefinition<T, D>, data: D): DomainEvent<T, D> {
  return { type: definition.type, data };
}
