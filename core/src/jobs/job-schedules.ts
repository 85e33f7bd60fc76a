import { parseOrThrow, type JobDefinition } from '@hms/sdk';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { jobOptions, queueName, stampJob } from './job-options';

/**
 * Makes a plugin queue's repeatable schedules match the manifest: one BullMQ job scheduler per scheduled job, its
 * id the job's name, so every process may run this at start (upserting is idempotent) and a changed cron replaces
 * the old one. Schedulers the manifest no longer declares are removed, or they would go on firing after a deploy.
 */
export async function syncSchedules(
  queue: Queue,
  jobs: readonly JobDefinition[],
  installation: string,
): Promise<string[]> {
  const declared = jobs.filter((j) => j.schedule !== undefined);
  for (const job of declared) {
    const schedule = job.schedule!;
    await queue.upsertJobScheduler(
      job.name,
      { pattern: schedule.cron },
      {
        name: job.name,
        data: stampJob(installation, parseOrThrow(job.payload, schedule.payload)),
        opts: jobOptions(job),
      },
    );
  }
  const keep = new Set(declared.map((j) => j.name));
  for (const scheduler of await queue.getJobSchedulers()) {
    if (!keep.has(scheduler.key)) await queue.removeJobScheduler(scheduler.key);
  }
  return [...keep];
}

/**
 * Removes the schedules left in Redis by plugins that are installed but no longer enabled: a disabled plugin has
 * no jobs, and a scheduler left behind would fire again the day the plugin is re-enabled, with a backlog. Looks
 * with a plain EXISTS first, so a disabled plugin that never had schedules gets no queue keys at all.
 */
export async function removeSchedulesOf(
  plugins: readonly string[],
  redisUrl: string,
  prefix: string,
  openQueue: (plugin: string) => Queue,
): Promise<string[]> {
  if (plugins.length === 0) return [];
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => undefined);
  const cleared: string[] = [];
  try {
    await redis.connect();
    for (const plugin of plugins) {
      if ((await redis.exists(`${prefix}:${queueName(plugin)}:repeat`)) === 0) continue;
      const queue = openQueue(plugin);
      try {
        for (const scheduler of await queue.getJobSchedulers()) await queue.removeJobScheduler(scheduler.key);
        cleared.push(plugin);
      } finally {
        await queue.close();
      }
    }
  } finally {
    redis.disconnect();
  }
  return cleared;
}
