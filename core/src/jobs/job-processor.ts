import { createHash } from 'node:crypto';
import {
  HmsError,
  type JobContext,
  type JobDefinition,
  type NotificationKindDefinition,
  type NotificationRequest,
  type NotificationSubject,
  type Sql,
} from '@hms/sdk';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { Clock } from '../clock/clock';
import { installationOfJob, payloadOfJob, type KernelJobContext } from './job-options';
import { typedAnswer } from '../buses/typed-answer';

/** How long a job of another installation waits before any worker may take it again (its own, one hopes). */
const HAND_BACK_MS = 5_000;

/** What the jobs of a worker use of their host (the runner's `JobRunnerHost` provides it; not imported: no cycle). */
export interface JobProcessorHost {
  readonly sql: Sql;
  readonly clock: Clock;
  readonly notifications?: JobNotifications;
  readonly execute: (type: string, data: unknown, commandId: string) => Promise<unknown>;
}

/** What a job's `ctx.notify` and its kin call: the kernel's `NotificationService` (not imported: no cycle). */
export interface JobNotifications {
  raise(plugin: string, request: NotificationRequest): Promise<{ raised: boolean }>;
  resolve(plugin: string, subject: NotificationSubject): Promise<{ resolved: boolean }>;
  openKeys(plugin: string, kind: NotificationKindDefinition): Promise<readonly string[]>;
}

/** The notification methods of a job's context, for the plugin the job belongs to. */
export function jobNotificationContext(
  notifications: JobNotifications | undefined,
  plugin: string,
): Pick<JobContext, 'notify' | 'resolveNotification' | 'openNotifications'> {
  const host = (): JobNotifications => {
    if (!notifications) throw new Error('This process has no notification service');
    return notifications;
  };
  return {
    notify: (request) => host().raise(plugin, request),
    resolveNotification: (subject) => host().resolve(plugin, subject),
    openNotifications: (kind) => host().openKeys(plugin, kind),
  };
}

/** Whose jobs a worker runs, and whom it tells when it meets another installation's. */
export interface JobProcessorInstallation {
  readonly id: string;
  readonly onForeignJob: (job: Job) => void;
}

/**
 * The function a plugin's worker runs for each job: hands back a job another installation queued, finds the job's
 * definition by name, validates the payload
 * again (it may have waited in Redis across a deploy that changed the schema), and runs the handler.
 *
 * Errors that no retry can fix — a payload that does not match its schema, a validation (400) or invariant (422)
 * error from the handler, a job name no longer declared — fail at once as BullMQ `UnrecoverableError`s; anything
 * else (database down, deadlock, a bug that a deploy fixes) is retried with the job's backoff.
 */
export function jobProcessor(
  jobs: readonly JobDefinition[],
  host: JobProcessorHost,
  installation: JobProcessorInstallation,
  options: Readonly<Record<string, unknown>> = {},
): (job: Job, token?: string) => Promise<void> {
  const { sql, clock } = host;
  const byName = new Map(jobs.map((j) => [j.name, j]));
  return async (job, token) => {
    // Another installation's job (a Redis and prefix shared by mistake): handed back untouched, never run here,
    // and without spending one of its attempts, so its own installation's workers can still run it.
    if (installationOfJob(job.data) !== installation.id) {
      installation.onForeignJob(job);
      await job.moveToDelayed(Date.now() + HAND_BACK_MS, token);
      throw new DelayedError();
    }
    const definition = byName.get(job.name);
    if (!definition) throw new UnrecoverableError(`JOB_NOT_DECLARED: no enabled plugin declares ${job.name}`);
    const parsed = definition.payload.safeParse(payloadOfJob(job.data));
    if (!parsed.success) {
      const paths = parsed.error.issues.map((i) => i.path.join('.') || '(payload)').join(', ');
      throw new UnrecoverableError(`VALIDATION_FAILED: the payload does not match the job's schema at ${paths}`);
    }
    const ctx: JobContext & KernelJobContext = {
      sql,
      now: clock.now().toISOString(),
      progress: (percent) => job.updateProgress(Math.max(0, Math.min(100, Math.round(percent)))),
      attempt: job.attemptsMade + 1,
      attempts: job.opts.attempts ?? 1,
      execute: (command, data, key) => typedAnswer(command, host.execute(command.type, data, jobCommandId(job, key))),
      options,
      ...jobNotificationContext(host.notifications, definition.name.slice(0, definition.name.indexOf('.'))),
    };
    try {
      await definition.handle(parsed.data, ctx);
    } catch (error) {
      if (isPermanent(error)) {
        throw new UnrecoverableError(error.message === error.code ? error.code : `${error.code}: ${error.message}`);
      }
      throw error;
    }
  };
}

/** Bad input and broken invariants stay bad however often the job is retried. */
function isPermanent(error: unknown): error is HmsError {
  return error instanceof HmsError && (error.status === 400 || error.status === 422);
}

/** The same job run (by id) and key always give the same command id: a re-delivered job's commands are replays. */
function jobCommandId(job: Job, key: string): string {
  return `job:${createHash('sha256')
    .update(`${job.queueName}\n${job.id ?? ''}\n${key}`)
    .digest('hex')
    .slice(0, 32)}`;
}
