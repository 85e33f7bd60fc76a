import { z, type JobDefinition } from '@hms/sdk';

const payload = z.strictObject({});

/** The kernel's periodic job on a plugin's queue that queues the deliveries its notifications never got queued. */
export function queueNotificationDeliveriesJobName(plugin: string): string {
  return `${plugin}.queue-notification-deliveries`;
}

/**
 * Every five minutes, queues the delivery of the plugin's open notifications that were stored but never queued: the
 * process that raised one stopped between its commit and the queuing, or Redis was unreachable then. The kernel
 * does the same once at start; this catches what happens while every process keeps running.
 */
export function queueNotificationDeliveriesJob(
  plugin: string,
  deliveries: { queueUnqueued(plugin: string): Promise<number> },
): JobDefinition<z.infer<typeof payload>> {
  return {
    name: queueNotificationDeliveriesJobName(plugin),
    payload,
    retry: { attempts: 3, backoffMs: 10_000 },
    concurrency: 1,
    schedule: { cron: '*/5 * * * *', payload: {} },
    async handle() {
      await deliveries.queueUnqueued(plugin);
    },
  };
}
