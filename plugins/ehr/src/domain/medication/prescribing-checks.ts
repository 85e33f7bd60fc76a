import type { AllergyEntry, ChartState, MedicationEntry } from '../chart/chart.state';

/**
 * The checks a prescription must pass before it is sent. Neither allergies nor medications carry a code in this
 * chart (both are named in free text), so the match is on names: lower case, accents and punctuation dropped,
 * compared word by word. The web client repeats this rule to warn before sending
 * (plugins/ehr/client/components/chart/prescribing-warnings.ts); this one is the authority.
 */

/** The words of a name, lower case, without accents or punctuation ("Amoxicilina 500 mg" → amoxicilina, 500, mg). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** True when `inner`'s words appear, in order and side by side, among `outer`'s. */
function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, i) => outer[start + i] === word)) return true;
  }
  return false;
}

/**
 * The drug a prescription names, without its strength and form: the words before the first one that starts with
 * a digit ("Amlodipine 5 mg tablet" and "Amlodipine 10 mg" are both amlodipine).
 */
export function drugKey(medication: string): string {
  const words = nameWords(medication);
  const strength = words.findIndex((word) => /^\d/.test(word));
  return (strength === -1 ? words : words.slice(0, strength)).join(' ');
}

/**
 * The active allergies and intolerances a medication may set off: the substance named within the medication's
 * name ("Penicillin" in "Penicillin V 250 mg") or the drug named within the substance ("Amoxicillin" in
 * "Amoxicillin and clavulanate").
 */
export function conflictingAllergies(state: ChartState, medication: string): AllergyEntry[] {
  const words = nameWords(medication);
  const drug = drugKey(medication).split(' ').filter(Boolean);
  return Object.values(state.allergies).filter((allergy) => {
    if (allergy.status !== 'active') return false;
    const substance = nameWords(allergy.substance);
    return containsWords(words, substance) || containsWords(substance, drug);
  });
}

/** The active prescriptions of the same drug (a second order doubles the dose; changing the first is usual). */
export function duplicateMedications(state: ChartState, medication: string): MedicationEntry[] {
  const key = drugKey(medication);
  if (!key) return [];
  return Object.values(state.medications).filter((m) => m.status === 'active' && drugKey(m.medication) === key);
}
