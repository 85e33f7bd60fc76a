import {
  NotFoundError,
  parseOrThrow,
  ValidationError,
  type JobDefinition,
  type PluginDefinition,
  type Sql,
} from '@hms/sdk';
import { Queue, QueueEvents, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { RequestedJob } from '../buses/requested-jobs';
import type { Clock } from '../clock/clock';
import {
  DEFAULT_PREFIX,
  JOB_ID,
  jobOptions,
  payloadOfJob,
  pluginOfJob,
  queueName,
  stampJob,
  UNNAMED_INSTALLATION,
  type JobRunnerOptions,
  type KernelJobDefinition,
} from './job-options';
import { jobProcessor, type JobNotifications } from './job-processor';
import { removeSchedulesOf, syncSchedules } from './job-schedules';
import { checkRedis } from './redis-check';

/** What the queues need of the kernel: the enabled plugins, the database handed to jobs, and the clock. */
export interface JobRunnerHost {
  readonly plugins: readonly PluginDefinition[];
  /** Installed plugins that are not enabled, or enabled without jobs: their leftover schedules are removed. */
  readonly disabled?: readonly string[];
  readonly sql: Sql;
  readonly clock: Clock;
  /** Raises and resolves the plugins' notifications for their jobs (`ctx.notify`). */
  readonly notifications?: JobNotifications;
  /** Sends a command for a job (bound once the kernel is assembled; workers start after that). */
  readonly execute: (type: string, data: unknown, commandId: string) => Promise<unknown>;
}

/**
 * The enabled plugins' job queues on BullMQ: one queue per plugin that declares jobs (`hms.<plugin>`), its
 * repeatable schedules, and — once {@link startWorkers} is called — one worker per queue. A disabled plugin's
 * queue is never created, so none of its jobs is ever scheduled or run.
 *
 * Every process with a kernel can enqueue; the worker process (and the API, unless `HMS_WORKERS=off`) also
 * runs the jobs. Nothing here assumes it is alone: BullMQ hands each job to exactly one worker across processes.
 */
export class JobRunner {
  private readonly queues = new Map<string, Queue>();
  private readonly jobs = new Map<string, JobDefinition>();
  private readonly workers: Worker[] = [];
  private readonly connection: ConnectionOptions;
  readonly prefix: string;
  /** The installation this runner stamps jobs with and runs jobs of. */
  readonly installation: string;

  private constructor(
    private readonly host: JobRunnerHost,
    private readonly options: JobRunnerOptions,
  ) {
    // Workers block on Redis: with a per-request retry limit ioredis would give up on their blocking commands.
    this.connection = { url: options.redisUrl, maxRetriesPerRequest: null };
    this.prefix = options.prefix ?? DEFAULT_PREFIX;
    this.installation = options.installation ?? UNNAMED_INSTALLATION;
  }

  /**
   * Checks Redis (refusing a version BullMQ cannot run on, warning loudly about an evicting policy), creates the
   * enabled plugins' queues and syncs their schedules.
   */
  static async open(host: JobRunnerHost, options: JobRunnerOptions): Promise<JobRunner> {
    const check = await checkRedis(options.redisUrl);
    const fatal = check.problems.filter((p) => p.severity === 'fatal');
    if (fatal.length > 0) throw new Error(fatal.map((p) => p.message).join('; '));
    for (const problem of check.problems)
      options.log?.warn({ redisVersion: check.version }, `WARNING: ${problem.message}`);
    const runner = new JobRunner(host, options);
    try {
      await runner.createQueues();
    } catch (error) {
      await runner.close();
      throw error;
    }
    return runner;
  }

  private async createQueues(): Promise<void> {
    for (const plugin of this.host.plugins.filter((p) => p.jobs.length > 0)) {
      const queue = this.openQueue(plugin.name);
      this.queues.set(plugin.name, queue);
      plugin.jobs.forEach((job) => this.jobs.set(job.name, job));
      await queue.waitUntilReady();
      await syncSchedules(queue, plugin.jobs, this.installation);
    }
    const cleared = await removeSchedulesOf(this.host.disabled ?? [], this.options.redisUrl, this.prefix, (p) =>
      this.openQueue(p),
    );
    if (cleared.length > 0) this.options.log?.info({ plugins: cleared }, 'Removed the schedules of disabled plugins');
  }

  private openQueue(plugin: string): Queue {
    const queue = new Queue(queueName(plugin), { connection: this.connection, prefix: this.prefix });
    queue.on('error', (err) => this.options.log?.error({ err, queue: queue.name }, 'Job queue error'));
    return queue;
  }

  /** The plugins that have a queue, in dependency order. */
  get plugins(): string[] {
    return [...this.queues.keys()];
  }

  /** The plugin's queue, or `undefined` when the plugin is not enabled or declares no jobs. */
  queue(plugin: string): Queue | undefined {
    return this.queues.get(plugin);
  }

  get workersRunning(): boolean {
    return this.workers.length > 0;
  }

  /**
   * Queues a run of a declared job. The payload is validated here, so a bad one is refused to the caller (400)
   * and never queued; payloads carry ids only, since they sit in Redis in clear and show in the dashboard. With a
   * `jobId`, queuing again while that job is kept (a week once completed) returns the existing job: a no-op.
   * @throws NotFoundError when no enabled plugin declares the job; ValidationError for a bad payload or id.
   */
  async enqueue(jobName: string, payload: unknown, options: { jobId?: string } = {}): Promise<{ id: string }> {
    const job = this.jobs.get(jobName);
    const queue = this.queues.get(pluginOfJob(jobName));
    if (!job || !queue) throw new NotFoundError('JOB_NOT_FOUND', { job: jobName });
    const data = parseOrThrow(job.payload, payload);
    if (options.jobId !== undefined && !JOB_ID.test(options.jobId)) {
      throw new ValidationError([
        { path: 'jobId', message: 'Expected 1-200 letters, digits, dots, dashes or underscores, not only digits' },
      ]);
    }
    const added = await queue.add(jobName, stampJob(this.installation, data), {
      ...jobOptions(job),
      jobId: options.jobId,
    });
    return { id: added.id! };
  }

  /**
   * Queues the jobs committed commands asked for (`ctx.requestJob`), each under the id derived from its command, so
   * a retried command's request is a no-op. The command has committed: a failure here cannot undo it, so it is
   * logged (job name and id only) for the operator, and the plugin's stream still says what the job was for.
   */
  enqueueRequested(requested: readonly RequestedJob[]): void {
    for (const { name, payload, jobId } of requested) {
      this.enqueue(name, payload, { jobId }).catch((err: unknown) =>
        this.options.log?.error({ err, job: name, jobId }, 'A job a command asked for could not be queued'),
      );
    }
  }

  /** Starts one worker per queue, running as many jobs at once as the plugin's most parallel job allows. */
  startWorkers(): void {
    if (this.workersRunning) return;
    for (const plugin of this.host.plugins) {
      const queue = this.queues.get(plugin.name);
      if (!queue) continue;
      const installation = {
        id: this.installation,
        onForeignJob: (job: Job) =>
          this.options.log?.error(
            { queue: queue.name, job: job.name, jobId: job.id, prefix: this.prefix },
            'Handed back a job queued by another installation: two installations share this Redis queue prefix (set HMS_QUEUE_PREFIX)',
          ),
      };
      const worker = new Worker(
        queue.name,
        jobProcessor(plugin.jobs, this.host, installation, (plugin.options ?? {}) as Record<string, unknown>),
        {
          connection: this.connection,
          prefix: this.prefix,
          concurrency: Math.max(...plugin.jobs.map((j) => j.concurrency)),
          lockDuration: this.options.lockDurationMs ?? 30_000,
          stalledInterval: this.options.stalledIntervalMs ?? 30_000,
          maxStalledCount: this.options.maxStalledCount ?? 2,
        },
      );
      worker.on('error', (err) => this.options.log?.error({ err, queue: queue.name }, 'Job worker error'));
      worker.on('failed', (job, err) => {
        this.options.log?.warn(
          { queue: queue.name, job: job?.name, jobId: job?.id, attemptsMade: job?.attemptsMade, reason: err.message },
          'Job run failed',
        );
        if (job) void this.afterFailure(job, err);
      });
      this.workers.push(worker);
    }
  }

  /** Tells a kernel job that a run of it failed for good (no retry left, or its worker died too often). */
  private async afterFailure(job: Job, error: Error): Promise<void> {
    const definition: KernelJobDefinition | undefined = this.jobs.get(job.name);
    if (!definition?.onFailed) return;
    try {
      if ((await job.getState()) === 'failed') await definition.onFailed(payloadOfJob(job.data), error.message);
    } catch (err) {
      this.options.log?.error({ err, job: job.name, jobId: job.id }, 'Job failure hook failed');
    }
  }

  /**
   * A listener to the plugin's queue events (completed, failed, progress) from any process; the caller closes it.
   * @throws NotFoundError when the plugin has no queue.
   */
  queueEvents(plugin: string): QueueEvents {
    const queue = this.queues.get(plugin);
    if (!queue) throw new NotFoundError('QUEUE_NOT_FOUND', { plugin });
    const events = new QueueEvents(queue.name, { connection: { url: this.options.redisUrl }, prefix: this.prefix });
    events.on('error', (err) => this.options.log?.error({ err, queue: queue.name }, 'Job queue events error'));
    return events;
  }

  /** Stops taking jobs, lets the running ones finish (a job cut short would run again elsewhere), closes the queues. */
  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
