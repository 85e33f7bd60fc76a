import type { Actor, Sql } from './context';
import type { CommandDefinition, InputOf, ResultOf } from './messages';
import type { NotificationKindDefinition, NotificationRequest, NotificationSubject } from './notifications';
import type { PermissionDefinition } from './permissions';
import type { Schema } from './schema';

/** Retries with exponential backoff; validation and invariant errors fail at once, without retry. */
export interface RetryPolicy {
  readonly attempts: number;
  /** First delay in milliseconds; doubled on each attempt. */
  readonly backoffMs: number;
}

/**
 * What a running job may use. Job payloads carry ids only, never patient data. `O` is the plugin's options type
 * (`definePlugin<O>`): annotate the handler's context with it (`ctx: JobContext<MyPluginOptions>`) and
 * `ctx.options` is typed, no cast.
 */
export interface JobContext<O = Readonly<Record<string, unknown>>> {
  readonly sql: Sql;
  readonly now: string;
  /** Reports progress in percent (0–100). */
  progress(percent: number): Promise<void>;
  /**
   * The options the hospital gave the plugin (`plugin.configure({ … })`), e.g. which transport sends reminders:
   * the plugin's declared defaults with the configured values over them.
   */
  readonly options: Partial<O>;
  /**
   * Sends a command as the system actor. `key` names this command within the job run (e.g. the entry it acts on):
   * the command id is derived from the job id and the key, so a retried or re-delivered job appends nothing twice.
   */
  execute<C extends CommandDefinition>(command: C, data: InputOf<C>, key: string): Promise<ResultOf<C>>;
  /**
   * Raises a notification of one of this plugin's kinds now, idempotent by kind and subject key (an open one is
   * left as it is), and answers whether it was new. Since SDK 2.3.
   */
  notify(request: NotificationRequest): Promise<{ readonly raised: boolean }>;
  /**
   * Resolves the open notification of this kind and subject key, if any; answers whether one was open.
   * Since SDK 2.3.
   */
  resolveNotification(subject: NotificationSubject): Promise<{ readonly resolved: boolean }>;
  /**
   * The subject keys of this plugin's open notifications of a kind, so a job that checks conditions can resolve
   * the ones that no longer hold. Since SDK 2.3.
   * @example
   * const stillLow = new Set(rows.map((r) => `${r.store_id}:${r.item_id}`));
   * for (const key of await ctx.openNotifications(lowStockNotification))
   *   if (!stillLow.has(key)) await ctx.resolveNotification({ kind: lowStockNotification, subjectKey: key });
   */
  openNotifications(kind: NotificationKindDefinition): Promise<readonly string[]>;
}

/**
 * A background job a plugin declares; the kernel creates its queue (named after the plugin) and worker. `P` is
 * the payload, `O` the plugin's options as the job reads them (any plugin's, where the kernel keeps them all).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stored for every plugin, whatever its options
export interface JobDefinition<P = unknown, O = any> {
  readonly name: string;
  readonly payload: Schema<P>;
  readonly retry: RetryPolicy;
  /** Parallel runs per worker process. */
  readonly concurrency: number;
  /** A repeatable schedule as a cron expression (e.g. nightly `0 2 * * *`), when the job is periodic. */
  readonly schedule?: { readonly cron: string; readonly payload: P };
  handle(payload: P, ctx: JobContext<O>): Promise<void>;
}

/**
 * Defines a job. One job per file, named `'<plugin>.<kebab-name>'` in `<kebab-name>.job.ts`. The payload's type
 * comes from its schema; the plugin's options' type from the handler's context annotation.
 * @example
 * export const sendRemindersJob = defineJob({
 *   name: 'patient.send-reminders', payload: z.object({ day: z.iso.date() }),
 *   retry: { attempts: 5, backoffMs: 1000 }, concurrency: 1, schedule: { cron: '0 7 * * *', payload: … },
 * async handle(payload, ctx: JobContext<PatientPluginOptions>) { const transport = ctx.options.reminderTransport; … },
 * });
 */
export function defineJob<P, O = Readonly<Record<string, unknown>>>(
  job: Omit<JobDefinition<P, O>, 'concurrency' | 'retry'> & Partial<Pick<JobDefinition<P, O>, 'concurrency' | 'retry'>>,
): JobDefinition<P, O> {
  return Object.freeze({ concurrency: 1, retry: { attempts: 3, backoffMs: 1000 }, ...job });
}

/** A report's tabular result; the kernel renders it as JSON, CSV or PDF. */
export interface ReportResult {
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly Record<string, string | number | boolean | null>[];
  readonly summary?: Readonly<Record<string, string | number | null>>;
}

/** What a running report may use. */
/** Reports only read: they get no `execute`. */
export interface ReportContext extends Omit<
  JobContext,
  'execute' | 'options' | 'notify' | 'resolveNotification' | 'openNotifications'
> {
  readonly actor: Actor;
  /**
   * The names of the plugins enabled in this installation, so a report can say plainly that a section's source
   * (e.g. billing) is not enabled instead of showing zeros.
   */
  readonly enabledPlugins: readonly string[];
}

/** A report users ask for with parameters; it runs as a job and its result is stored. */
export interface ReportDefinition<P = unknown> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Every parameter has a default (e.g. the last 30 days), so `{}` is a valid request. */
  readonly parameters: Schema<P>;
  readonly permission: PermissionDefinition;
  run(parameters: P, ctx: ReportContext): Promise<ReportResult>;
}

/**
 * Defines a report.
 * @example
 * export const lengthOfStayReport = defineReport({ name: 'analytics.length-of-stay', title: 'Length of stay', … });
 */
export function defineReport<P>(report: ReportDefinition<P>): ReportDefinition<P> {
  return Object.freeze(report);
}
