import type { JobContext, JobDefinition } from '@hms/sdk';
import type { JobsOptions } from 'bullmq';

/** Where the runner's messages go; a pino logger fits. Messages carry ids only. */
export interface JobLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** How a process talks to the job queues. Only `redisUrl` is needed; the rest is tuning and test isolation. */
export interface JobRunnerOptions {
  readonly redisUrl: string;
  /**
   * BullMQ's key prefix (default `hms`). Installations sharing one Redis each need their own, and every test file
   * takes a unique one so runs never see each other's jobs.
   */
  readonly prefix?: string;
  /**
   * The installation's id (`core.installation`): stamped on every job this runner queues, and a worker hands back
   * any job stamped otherwise (another installation's, on a Redis and prefix shared by mistake) without running it.
   */
  readonly installation?: string;
  /**
   * How long a worker's lock on a running job lasts without renewal (default 30 s). The worker renews it at half
   * that; when a worker dies (SIGKILL, out of memory, lost machine) the lock lapses and another worker's stalled
   * check puts the job back in the queue, so a killed worker delays a job by about this long but never loses it.
   */
  readonly lockDurationMs?: number;
  /** How often each worker looks for jobs whose lock lapsed (default 30 s). */
  readonly stalledIntervalMs?: number;
  /**
   * How many times a job may be recovered from a dead worker before it fails (default 2): a job that itself kills
   * its worker (say, runs out of memory) must not take the workers down forever.
   */
  readonly maxStalledCount?: number;
  readonly log?: JobLog;
}

export const DEFAULT_PREFIX = 'hms';

/** What a queued job carries: the installation that queued it, and the payload (ids only). */
export interface StampedJobData {
  readonly installation: string;
  readonly payload: unknown;
}

/** Wraps a payload with the installation's stamp. */
export function stampJob(installation: string, payload: unknown): StampedJobData {
  return { installation, payload };
}

/** The installation a job's data was stamped with, or `undefined` for data not stamped at all. */
export function installationOfJob(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && 'installation' in data && typeof data.installation === 'string')
    return data.installation;
  return undefined;
}

/** The payload of stamped job data (`undefined` when the data is not stamped). */
export function payloadOfJob(data: unknown): unknown {
  return typeof data === 'object' && data !== null && 'payload' in data ? data.payload : undefined;
}

/** Stands for the installation when a runner is opened without one (only outside `bootKernel`). */
export const UNNAMED_INSTALLATION = 'unnamed';

/** One queue per plugin, named after it (STYLE.md: queues carry the plugin's name). */
export function queueName(plugin: string): string {
  return `hms.${plugin}`;
}

/** The plugin a job belongs to: job names are `<plugin>.<kebab-name>` (checked at boot). */
export function pluginOfJob(jobName: string): string {
  return jobName.slice(0, jobName.indexOf('.'));
}

/** Completed jobs are kept a week: their ids keep deduplicating re-enqueues that long, and the dashboard shows them. */
const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 10_000 };
/** Failed jobs are kept a month, for an operator to read the reason and retry. */
const KEEP_FAILED = { age: 30 * 24 * 3600, count: 10_000 };

/** Retries with exponential backoff (`backoffMs`, then doubled each attempt), as the job declares. */
export function jobOptions(job: JobDefinition): Omit<JobsOptions, 'jobId'> {
  return {
    attempts: job.retry.attempts,
    backoff: { type: 'exponential', delay: job.retry.backoffMs },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  };
}

/**
 * BullMQ refuses ids with `:` (its key separator) and all-digit ids (its own counter's space), so callers' ids
 * are held to a safe alphabet: a UUID, or something like `nightly-2026-01-31`.
 */
export const JOB_ID = /^(?!\d+$)[A-Za-z0-9._-]{1,200}$/;

/** What the kernel's own jobs (report runs) see beyond a plugin job's context: which attempt this is. */
export interface KernelJobContext extends JobContext {
  /** 1 on the first run, counting retries. */
  readonly attempt: number;
  /** The attempts allowed: the run fails for good when `attempt` reaches it. */
  readonly attempts: number;
}

/**
 * A job the kernel adds to a plugin's queue (the plugin's report runs), with a hook for runs that failed for good
 * outside the handler's sight (their worker died under them too often).
 */
export interface KernelJobDefinition<P = unknown> extends JobDefinition<P> {
  onFailed?(payload: P, reason: string): Promise<void>;
}
