import type { ChartData } from '$lib/components/chart/chart-data';
import { CHARTS_STORE, inStore } from './idb';

/** A chart as last seen on the server, and when this computer saw it. */
interface CachedChart {
  readonly id: string;
  readonly chart: ChartData;
  readonly openedAt: string;
}

/**
 * Copies of the current charts opened on this computer (never the "as of" views), so a chart opens instantly and
 * still opens offline. Cleared at sign-out, like the patient copies.
 */
export class ChartCache {
  constructor(private readonly db: () => Promise<IDBDatabase>) {}

  async put(chart: ChartData, now: Date = new Date()): Promise<void> {
    const record: CachedChart = { id: chart.patientId, chart, openedAt: now.toISOString() };
    await inStore(await this.db(), CHARTS_STORE, 'readwrite', (s) => s.put(record));
  }

  async get(patientId: string): Promise<{ chart: ChartData; openedAt: string } | undefined> {
    const record = await inStore(await this.db(), CHARTS_STORE, 'readonly', (s) => s.get(patientId) as IDBRequest<CachedChart | undefined>);
    return record && { chart: record.chart, openedAt: record.openedAt };
  }

  async clear(): Promise<void> {
    await inStore(await this.db(), CHARTS_STORE, 'readwrite', (s) => s.clear());
  }
}
