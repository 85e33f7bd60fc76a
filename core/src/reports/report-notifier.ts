import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { QueueEvents } from 'bullmq';
import { Kernel } from '../kernel/kernel';
import { ReportRunFinished } from './report-run-finished.event';
import { reportRuns } from './report-run-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Listens to the queues of the plugins with reports (BullMQ queue events, so runs finished by any worker process
 * are heard) and publishes {@link ReportRunFinished} once a run's row says it ended. Report jobs are queued
 * under their run's id, which is how a queue event is matched to its run.
 */
@Injectable()
export class ReportNotifier implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly listeners: QueueEvents[] = [];

  constructor(
    private readonly kernel: Kernel,
    private readonly events: EventBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const jobs = this.kernel.jobs;
    if (!jobs) return;
    for (const plugin of this.kernel.plugins.filter((p) => p.reports.length > 0 && jobs.queue(p.name))) {
      const listener = jobs.queueEvents(plugin.name);
      const ended = ({ jobId }: { jobId: string }) => void this.publish(plugin.name, jobId);
      listener.on('completed', ended);
      listener.on('failed', ended);
      this.listeners.push(listener);
      await listener.waitUntilReady();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.listeners.splice(0).map((l) => l.close()));
  }

  private async publish(plugin: string, jobId: string): Promise<void> {
    if (!UUID.test(jobId)) return;
    try {
      const run = await reportRuns.find(this.kernel.db, jobId);
      if (!run || run.plugin !== plugin || (run.status !== 'completed' && run.status !== 'failed')) return;
      this.events.publish(new ReportRunFinished(run.id, run.report, run.requestedBy, run.status));
    } catch {
      // The run stays readable by polling; a missed notification loses nothing.
    }
  }
}
