/** Calendar dates as ISO `YYYY-MM-DD` strings: they compare correctly as strings. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Whether `date` falls in [from, to] (`to` left out: open-ended). */
export const within = (date: string, from: string, to?: string): boolean =>
  date >= from && (to === undefined || date <= to);

/** Optional fields are left out rather than written as undefined (events are compared and stored as JSON). */
export function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
