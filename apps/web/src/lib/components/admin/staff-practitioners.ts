/** The staff plugin's permission to read its directory (its practitioners are its employees). */
export const STAFF_DIRECTORY_READ = 'staff:employee:read';

/** One choice of the practitioner picker: the employee id that schedules and admissions name, and a label. */
export interface PractitionerChoice {
  readonly id: string;
  readonly label: string;
}

/** The staff directory's employees as picker choices, by family then given name, each label ending in its id. */
export function practitionerChoices(
  employees: readonly { id: string; givenName: string; familyName: string }[],
): PractitionerChoice[] {
  return [...employees]
    .sort((a, b) => a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName))
    .map((e) => ({ id: e.id, label: `${e.familyName}, ${e.givenName} (${e.id.slice(0, 8)}…)` }));
}
