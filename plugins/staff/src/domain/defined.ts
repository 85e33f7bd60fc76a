/** Optional fields are left out rather than written as undefined (events are compared and stored as JSON). */
export function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The `at` and `by` every staff event records, from the command's meta. */
export const recordedBy = (meta: { now: string; actorId: string }): { at: string; by: string } => ({
  at: meta.now,
  by: meta.actorId,
});
