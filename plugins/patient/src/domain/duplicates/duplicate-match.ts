import { nameKey } from '../../projections/name-key';
import { editDistance, jaroWinkler } from './name-similarity';
import { phoneticKey } from './phonetic-key';

/**
 * When two registrations with the same birth date name the same person. Front desks mishear ("Jon"/"John"),
 * mistype ("Mraia"/"Maria") and swap given and family name on forms from cultures that write the family name
 * first, so a pair of names matches when each name is alike in either order. Alike means: the same normalized
 * key, the same phonetic key, a Jaro-Winkler similarity of at least {@link NAME_SIMILARITY_THRESHOLD}, or one
 * typo apart in a name of four letters or more.
 */
export const NAME_SIMILARITY_THRESHOLD = 0.9;

export interface PersonName {
  readonly givenName: string;
  readonly familyName: string;
}

export function likelySamePerson(a: PersonName, b: PersonName): boolean {
  return (
    (namesAlike(a.givenName, b.givenName) && namesAlike(a.familyName, b.familyName)) ||
    (namesAlike(a.givenName, b.familyName) && namesAlike(a.familyName, b.givenName))
  );
}

export function namesAlike(first: string, second: string): boolean {
  const a = nameKey(first);
  const b = nameKey(second);
  if (a === '' || b === '') return false;
  if (a === b || phoneticKey(a) === phoneticKey(b)) return true;
  if (jaroWinkler(a, b) >= NAME_SIMILARITY_THRESHOLD) return true;
  return Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= 1;
}
