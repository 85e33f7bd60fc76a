import { api } from '$lib/api/client';

/** What the staff directory answers of a person (only what is shown). */
interface Person {
  readonly name: string;
  readonly position: string;
}

/** Asks the directory about some ids; null when it cannot answer (staff not enabled, no permission, offline). */
type Ask = (ids: readonly string[]) => Promise<ReadonlyMap<string, Person> | null>;

/** "Ada Example, Consultant physician": the name and role a signature line or a report parameter shows. */
export const nameAndRole = (person: Person): string => `${person.name}, ${person.position}`;

/**
 * Names people by id through the staff plugin's directory, remembering each answer for the session. An id the
 * directory does not know (or a directory that cannot answer) is null, and the screen keeps showing what it showed
 * without staff. Staff ids and names only, never patient data.
 */
export function nameDirectory(ask: Ask): (id: string) => Promise<string | null> {
  const known = new Map<string, string | null>();
  return async (id) => {
    if (known.has(id)) return known.get(id) ?? null;
    const answer = await ask([id]).catch(() => null);
    if (answer === null) return null; // asked again next time: the network may be back
    const person = answer.get(id);
    const name = person ? nameAndRole(person) : null;
    known.set(id, name);
    return name;
  };
}

/** A note's signer, by the login account that signed. */
export const accountName = nameDirectory(async (accountIds) => {
  const { data } = await api.GET('/api/staff/directory/accounts', {
    params: { query: { accountIds: accountIds.join(',') } },
  });
  return data ? new Map(data.items.map((p) => [p.accountId, p])) : null;
});

/** A practitioner (an employee id, as schedules and reports name them). */
export const practitionerName = nameDirectory(async (ids) => {
  const { data } = await api.GET('/api/staff/directory/practitioners', { params: { query: { ids: ids.join(',') } } });
  return data ? new Map(data.items.map((p) => [p.id, p])) : null;
});
