import { api, type PatientView } from '$lib/api/client';
import { patientCache } from './local';

const known = new Map<string, string>();

/** "Family, Given (MRN)". */
export const patientLabel = (p: Pick<PatientView, 'familyName' | 'givenName' | 'mrn'>): string =>
  `${p.familyName}, ${p.givenName} (${p.mrn})`;

/**
 * Names for the patient ids a screen shows (a calendar, a bed board): from memory, then the copies on this
 * computer, then the API (an audited read each). A patient that cannot be looked up now keeps no name (the screen
 * shows its MRN or nothing) and is tried again next time.
 */
export async function patientNames(ids: readonly string[]): Promise<Map<string, string>> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  await Promise.all(
    missing.map(async (id) => {
      const cached = await patientCache.get(id).catch(() => undefined);
      if (cached) {
        known.set(id, patientLabel(cached));
        return;
      }
      try {
        const { data } = await api.GET('/api/patients/{id}', { params: { path: { id } } });
        if (data) known.set(id, patientLabel(data as PatientView));
      } catch {
        // offline
      }
    }),
  );
  return new Map(ids.flatMap((id) => (known.has(id) ? [[id, known.get(id)!] as const] : [])));
}

/** Forgets the names (at sign-out, with the rest of what this computer kept). */
export function forgetPatientNames(): void {
  known.clear();
}
