import type { QueueAnswer } from '@hms/sdk/client';
import { outbox } from './local';
import type { EnqueueOptions, OutboxEntry } from './outbox';
import { sync } from './sync.svelte';

/**
 * Puts a command (any plugin's, declared offline-capable) in the outbox, shown at once by the screens that overlay
 * the outbox, and tries to send it now. Answers the entry as queued, and as it stands after that try: gone (sent,
 * with the handler's result), still waiting (offline) or rejected.
 */
export async function queueCommand<D>(
  command: string,
  data: D,
  options: EnqueueOptions = {},
): Promise<{ entry: OutboxEntry<D>; after: OutboxEntry | undefined; result?: unknown }> {
  const entry = await outbox.enqueue(command, data, options);
  let report = await sync.flush();
  // A flush already under way (the periodic one) may have listed the outbox before this entry: one more try.
  if ((await outbox.get(entry.id))?.status === 'waiting') report = await sync.flush();
  const sent = report?.sent.find((s) => s.entry.id === entry.id);
  return { entry, after: await outbox.get(entry.id), ...(sent ? { result: sent.result } : {}) };
}

/** `context.queue` for a plugin's screen: the same, answered as the SDK says. */
export async function queueForScreen(
  command: string,
  data: unknown,
  options: { readonly id?: string } = {},
): Promise<QueueAnswer> {
  const { entry, after, result } = await queueCommand(command, data, options.id ? { id: options.id } : {});
  if (!after) return { status: 'sent', id: entry.id, result };
  if (after.status === 'rejected' && after.rejection?.problem)
    return { status: 'refused', id: entry.id, problem: after.rejection.problem };
  return { status: 'waiting', id: entry.id };
}
