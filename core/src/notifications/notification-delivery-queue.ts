import type { Sql } from '@hms/sdk';
import type { Clock } from '../clock/clock';
import { deliverNotificationJobName } from './deliver-notification.job';
import { notificationStore } from './notification-store';

/** A stored notification whose outside delivery (e-mail, SMS) is still to be queued. */
export interface PendingDelivery {
  readonly id: string;
  readonly plugin: string;
  readonly kind: string;
}

export interface DeliveryQueueDeps {
  readonly sql: Sql;
  readonly clock: Clock;
  /**
   * Queues a job run under an id (a second queuing is a no-op) and answers `true`, or answers `false` when this
   * process has no job queues (a one-shot command): the notification then waits for a process that has.
   */
  readonly enqueue?: (job: string, payload: unknown, jobId: string) => Promise<boolean>;
  readonly onError?: (error: unknown, details: { kind: string }) => void;
}

/** Most notifications one sweep reads at a time. */
const SWEEP_PAGE = 200;

/**
 * Queues the delivery jobs of stored notifications and marks them queued (`delivery_queued_at`). A notification is
 * stored in the transaction that raised it and queued only after that commits, so a crash or an unreachable Redis
 * in between leaves it stored and unmarked; {@link queueUnqueued} (at start and every few minutes) queues those.
 * The job's id is the notification's, so queuing one twice (two processes sweeping) is a no-op.
 */
export class NotificationDeliveryQueue {
  constructor(private readonly deps: DeliveryQueueDeps) {}

  /**
   * Queues each delivery and answers how many were; one that cannot be queued is reported (kind only) and left
   * for the sweep.
   */
  async queue(pending: readonly PendingDelivery[]): Promise<number> {
    const { enqueue } = this.deps;
    if (!enqueue || pending.length === 0) return 0;
    const queued: string[] = [];
    for (const delivery of pending) {
      try {
        const done = await enqueue(
          deliverNotificationJobName(delivery.plugin),
          { notificationId: delivery.id },
          delivery.id,
        );
        if (done) queued.push(delivery.id);
      } catch (error) {
        this.deps.onError?.(error, { kind: delivery.kind });
      }
    }
    if (queued.length > 0) await notificationStore.markDeliveryQueued(this.deps.sql, queued, this.deps.clock.now());
    return queued.length;
  }

  /**
   * Queues the open notifications stored but never queued (of one plugin, or all), and answers how many were queued.
   * Stops at a page where nothing could be queued (no queues in this process, Redis down), to try again later.
   */
  async queueUnqueued(plugin?: string): Promise<number> {
    let total = 0;
    for (;;) {
      const page = await notificationStore.unqueued(this.deps.sql, plugin, SWEEP_PAGE);
      if (page.length === 0) return total;
      const queued = await this.queue(page);
      total += queued;
      if (queued === 0 || page.length < SWEEP_PAGE) return total;
    }
  }
}
