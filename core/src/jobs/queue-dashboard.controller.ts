import { Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ConflictError, NotFoundError, parseOrThrow, z } from '@hms/sdk';
import type { Job, Queue } from 'bullmq';
import { JOBS_MANAGE } from '../admin/kernel-permissions';
import { actorOf, PermissionGuard, RequirePermission } from '../admin/permission.guard';
import { auditRequest } from '../app/audit-request';
import { Kernel } from '../kernel/kernel';
import { QUEUE_STATES as STATES } from './queue-states';

const listSchema = z.strictObject({
  state: z.enum(STATES).default('failed'),
  limit: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(500)).default(100),
});

/**
 * The operators' view of the job queues (`core:jobs:manage`), read-only apart from retrying a failed run: counts
 * and schedules per enabled plugin, the runs in one state, and a retry. Runs are shown by id, name, attempts and
 * reason, never their payload — payloads carry ids only, but a dashboard is the wrong place to read them.
 */
@Controller('admin/queues')
@UseGuards(PermissionGuard)
@RequirePermission(JOBS_MANAGE.name)
export class QueueDashboardController {
  constructor(private readonly kernel: Kernel) {}

  @Get()
  async listQueues() {
    const jobs = this.kernel.jobs;
    if (!jobs) return { items: [], workersRunning: false };
    const items = await Promise.all(
      jobs.plugins.map(async (plugin) => {
        const queue = jobs.queue(plugin)!;
        const [counts, schedulers] = await Promise.all([queue.getJobCounts(...STATES), queue.getJobSchedulers()]);
        const schedules = schedulers.map((s) => ({
          job: s.key,
          cron: s.pattern ?? null,
          next: s.next ? new Date(s.next).toISOString() : null,
        }));
        return { plugin, queue: queue.name, counts, schedules };
      }),
    );
    return { items, workersRunning: jobs.workersRunning };
  }

  @Get(':plugin/jobs')
  async listJobs(@Param('plugin') plugin: string, @Query() query: unknown) {
    const { state, limit } = parseOrThrow(listSchema, query);
    const jobs = await this.queueOf(plugin).getJobs([state], 0, limit - 1);
    return { items: jobs.map(jobView) };
  }

  @Post(':plugin/jobs/:id/retry')
  @HttpCode(202)
  async retry(@Param('plugin') plugin: string, @Param('id') id: string, @Req() request: FastifyRequest) {
    const job = await this.queueOf(plugin).getJob(id);
    if (!job) throw new NotFoundError('JOB_NOT_FOUND', { plugin, jobId: id });
    if (!(await job.isFailed())) throw new ConflictError('JOB_NOT_FAILED', { plugin, jobId: id });
    await job.retry('failed');
    await auditRequest(this.kernel, request, {
      actorId: actorOf(request).id,
      action: 'core.RetryJob',
      outcome: 'success',
      details: { plugin, jobId: id, job: job.name },
    });
    return { id, state: 'waiting' };
  }

  private queueOf(plugin: string): Queue {
    const queue = this.kernel.jobs?.queue(plugin);
    if (!queue) throw new NotFoundError('QUEUE_NOT_FOUND', { plugin });
    return queue;
  }
}

function jobView(job: Job) {
  const at = (ms: number | undefined): string | null => (ms ? new Date(ms).toISOString() : null);
  return {
    id: job.id,
    name: job.name,
    attemptsMade: job.attemptsMade,
    attempts: job.opts.attempts ?? 1,
    progress: job.progress,
    failedReason: job.failedReason || null,
    createdAt: at(job.timestamp),
    startedAt: at(job.processedOn),
    finishedAt: at(job.finishedOn),
  };
}
