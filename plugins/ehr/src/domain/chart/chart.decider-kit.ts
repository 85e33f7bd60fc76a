import { NotFoundError, type CommandMeta } from '@hms/sdk';
import type { ChartState } from './chart.state';

/** What every chart event records besides its own facts: whose chart, when, by whom. */
export function recorded(patientId: string, meta: CommandMeta): { patientId: string; at: string; by: string } {
  return { patientId, at: meta.now, by: meta.actorId };
}

/** Finds an entry of the chart or refuses with a 404 naming only ids. */
export function entryOf<K extends keyof Omit<ChartState, 'updatedAt' | 'observations'>>(
  state: ChartState,
  kind: K,
  id: string,
  code: string,
  patientId: string,
): NonNullable<ChartState[K][string]> {
  const entry = state[kind][id];
  if (!entry) throw new NotFoundError(code, { [`${String(kind).slice(0, -1)}Id`]: id, patientId });
  return entry as NonNullable<ChartState[K][string]>;
}

/** Optional fields are left out rather than written as undefined (events are compared and stored as JSON). */
export function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
