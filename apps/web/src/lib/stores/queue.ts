import type { CommandPayloads } from './commands';
import { outbox } from './local';
import type { CommandKind, OutboxEntry } from './outbox';
import { sync } from './sync.svelte';

/**
 * Puts a command in the outbox (shown at once by the screens that overlay the outbox) and tries to send it now.
 * Answers the entry as it stands after that try: gone (sent), still waiting (offline) or rejected.
 */
export async function queueCommand<K extends CommandKind>(
  kind: K,
  payload: CommandPayloads[K],
): Promise<{ entry: OutboxEntry<CommandPayloads[K]>; after: OutboxEntry | undefined }> {
  const entry = await outbox.enqueue(kind, payload);
  await sync.flush();
  // A flush already under way (the periodic one) may have listed the outbox before this entry: one more try.
  if ((await outbox.get(entry.id))?.status === 'waiting') await sync.flush();
  return { entry, after: await outbox.get(entry.id) };
}
