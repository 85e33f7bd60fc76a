import type { PatientView } from '$lib/api/client';
import { inStore, PATIENTS_STORE } from './idb';

/** A patient as last seen on the server, and when this computer saw it. */
export interface CachedPatient {
  readonly id: string;
  readonly patient: PatientView;
  readonly openedAt: string;
}

/** Copies of the patients opened on this computer, so they open instantly and offline. Cleared at sign-out. */
export class PatientCache {
  constructor(private readonly db: () => Promise<IDBDatabase>) {}

  async put(patient: PatientView, now: Date = new Date()): Promise<void> {
    const record: CachedPatient = { id: patient.id, patient, openedAt: now.toISOString() };
    await inStore(await this.db(), PATIENTS_STORE, 'readwrite', (s) => s.put(record));
  }

  async get(id: string): Promise<PatientView | undefined> {
    const record = await inStore(
      await this.db(),
      PATIENTS_STORE,
      'readonly',
      (s) => s.get(id) as IDBRequest<CachedPatient | undefined>,
    );
    return record?.patient;
  }

  /** The most recently opened first. */
  async recent(limit = 20): Promise<PatientView[]> {
    const all = await inStore(
      await this.db(),
      PATIENTS_STORE,
      'readonly',
      (s) => s.getAll() as IDBRequest<CachedPatient[]>,
    );
    return all
      .sort((a, b) => b.openedAt.localeCompare(a.openedAt))
      .slice(0, limit)
      .map((r) => r.patient);
  }

  async clear(): Promise<void> {
    await inStore(await this.db(), PATIENTS_STORE, 'readwrite', (s) => s.clear());
  }
}
