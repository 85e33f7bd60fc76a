/**
 * The practitioners whose calendars are used on this computer, with the name the desk gave them. There is no staff
 * directory yet (a later plugin), so a calendar is added once by the practitioner's id (from their schedule) and
 * then chosen by name. Ids and names of staff only, no patient data.
 */
export interface KnownPractitioner {
  readonly id: string;
  readonly name: string;
}

const KEY = 'hms.practitioners';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isPractitionerId(value: string): boolean {
  return UUID.test(value.trim());
}

export function knownPractitioners(storage: Pick<Storage, 'getItem'> = localStorage): KnownPractitioner[] {
  try {
    const list = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(list)
      ? list.filter((p): p is KnownPractitioner => isPractitionerId(String(p?.id)) && typeof p?.name === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Adds or renames one; the list stays sorted by name. */
export function rememberPractitioner(
  practitioner: KnownPractitioner,
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
): KnownPractitioner[] {
  const id = practitioner.id.trim().toLowerCase();
  const name = practitioner.name.trim() || id.slice(0, 8);
  const list = [...knownPractitioners(storage).filter((p) => p.id !== id), { id, name }].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  storage.setItem(KEY, JSON.stringify(list));
  return list;
}
