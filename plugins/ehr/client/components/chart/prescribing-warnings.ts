import type { AllergyItem, MedicationItem } from './chart-data';

/**
 * What to warn about before a prescription is sent: the patient's active allergies the medication may set off, and
 * active orders of the same drug. The same rule as the server's (plugins/ehr/src/domain/medication/
 * prescribing-checks.ts), which refuses unless the warning was seen: both names are free text, so they are compared
 * word by word, lower case, without accents or punctuation, and a drug is its name without strength or form.
 */
export interface PrescribingWarnings {
  readonly allergies: readonly AllergyItem[];
  readonly duplicates: readonly MedicationItem[];
}

export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, i) => outer[start + i] === word)) return true;
  }
  return false;
}

export function drugKey(medication: string): string {
  const words = nameWords(medication);
  const strength = words.findIndex((word) => /^\d/.test(word));
  return (strength === -1 ? words : words.slice(0, strength)).join(' ');
}

/** The warnings for a medication about to be prescribed (none for an empty name). */
export function prescribingWarnings(
  medication: string,
  allergies: readonly AllergyItem[],
  medications: readonly MedicationItem[],
): PrescribingWarnings {
  const words = nameWords(medication);
  const key = drugKey(medication);
  const drug = key.split(' ').filter(Boolean);
  return {
    allergies: allergies.filter((allergy) => {
      if (allergy.status !== 'active') return false;
      const substance = nameWords(allergy.substance);
      return containsWords(words, substance) || containsWords(substance, drug);
    }),
    // A stop still waiting to be sent counts as stopped: the server will see it first.
    duplicates: key ? medications.filter((m) => m.pending !== 'stopping' && drugKey(m.medication) === key) : [],
  };
}

export const hasWarnings = (warnings: PrescribingWarnings): boolean =>
  warnings.allergies.length > 0 || warnings.duplicates.length > 0;

/** The override a prescriber sends after reading the warnings: exactly what they saw, and why. */
export function overrideFor(
  warnings: PrescribingWarnings,
  reason: string,
): { allergyIds: string[]; medicationIds: string[]; reason: string } {
  return {
    allergyIds: warnings.allergies.map((a) => a.allergyId),
    medicationIds: warnings.duplicates.map((m) => m.medicationId),
    reason: reason.trim(),
  };
}
