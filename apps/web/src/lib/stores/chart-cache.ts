import { CHARTS_STORE, inStore } from './idb';

/** What the cache needs of a chart (the EHR's client part owns its full shape). */
export interface CacheableChart {
  readonly patientId: string;
}

/** A chart as last seen on the server, and when this computer saw it. */
interface CachedChart<C extends CacheableChart> {
  readonly id: string;
  readonly chart: C;
  readonly openedAt: string;
}

/**
 * Copies of the current charts opened on this computer (never the "as of" views), so a chart opens instantly and
 * still opens offline. Cleared at sign-out, like the patient copies.
 */
export class ChartCache {
  constructor(private readonly db: () => Promise<IDBDatabase>) {}

  async put<C extends CacheableChart>(chart: C, now: Date = new Date()): Promise<void> {
    const record: CachedChart<C> = { id: chart.patientId, chart, openedAt: now.toISOString() };
    await inStore(await this.db(), CHARTS_STORE, 'readwrite', (s) => s.put(record));
  }

  /** The copy kept for `patientId`, read back as the shape its writer put (`C`: the EHR's chart). */
  async get<C extends CacheableChart>(patientId: string): Promise<{ chart: C; openedAt: string } | undefined> {
    const record = await inStore(
      await this.db(),
      CHARTS_STORE,
      'readonly',
      (s) => s.get(patientId) as IDBRequest<CachedChart<C> | undefined>,
    );
    return record && { chart: record.chart, openedAt: record.openedAt };
  }

  async clear(): Promise<void> {
    await inStore(await this.db(), CHARTS_STORE, 'readwrite', (s) => s.clear());
  }
}
