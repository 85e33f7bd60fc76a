import { DEMOGRAPHIC_FIELDS, type Demographics, type DemographicsChanges } from '../../contracts/schemas';

type Fields = Record<string, unknown>;

/** The demographic fields of `input`, without the absent ones (so states and events compare by value). */
export function pickDemographics(input: Demographics): Demographics {
  const source = input as Fields;
  const picked: Fields = {};
  for (const field of DEMOGRAPHIC_FIELDS) {
    if (source[field] !== undefined) picked[field] = source[field];
  }
  return picked as Demographics;
}

/**
 * The requested changes that actually change something: a field equal to its current value, or `null` for a
 * field that is already absent, is dropped.
 */
export function diffDemographics(current: Demographics, requested: DemographicsChanges): DemographicsChanges {
  const before = current as Fields;
  const after = requested as Fields;
  const changes: Fields = {};
  for (const field of DEMOGRAPHIC_FIELDS) {
    const next = after[field];
    if (next === undefined) continue;
    const unchanged = next === null ? before[field] === undefined : sameValue(before[field], next);
    if (!unchanged) changes[field] = next;
  }
  return changes as DemographicsChanges;
}

/** Applies changes: a value replaces the field (the address as a whole), `null` removes it. */
export function applyChanges(current: Demographics, changes: DemographicsChanges): Demographics {
  const next: Fields = { ...current };
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next as Demographics;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  const left = a as Fields;
  const right = b as Fields;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}
