import type { RecordedEvent, ReplicaDefinition } from '@hms/sdk';

/** Past this many events since the checkpoint, the whole answer is cheaper than working out the rows. */
export const CHANGES_BEFORE_FULL = 2_000;

/**
 * The keys of the rows the events may have changed for this scope: empty when none concerns it, `'all'` when one
 * cannot say (or the replica declares no `changedRows`, or the device is so far behind that listing is not worth it).
 */
export function changedKeys(
  replica: ReplicaDefinition,
  scope: unknown,
  events: readonly RecordedEvent[],
): ReadonlySet<string> | 'all' {
  if (events.length === 0) return new Set();
  if (!replica.changedRows || events.length > CHANGES_BEFORE_FULL) return 'all';
  const keys = new Set<string>();
  for (const event of events) {
    const changed = replica.changedRows(event, scope);
    if (changed === 'all') return 'all';
    for (const key of changed) keys.add(key);
  }
  return keys;
}
