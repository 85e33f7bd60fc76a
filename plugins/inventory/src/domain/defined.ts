/** Optional fields are left out rather than written as undefined (events are compared and stored as JSON). */
export function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
