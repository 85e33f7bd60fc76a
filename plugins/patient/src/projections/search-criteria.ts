import { ValidationError, type DataOf } from '@hms/sdk';
import { birthDateSchema } from '../contracts/schemas';
import type { SearchPatients } from '../contracts/queries';
import { isValidMrn } from '../domain/mrn/mrn';
import { INVALID_SEARCH } from '../errors';
import { nameTokens } from './name-key';

/** More words than a person types for one name; bounds the size of the name condition. */
export const MAX_NAME_WORDS = 8;

/** What a search asks for; every entry must match (an MRN given twice and differently matches nobody). */
export interface SearchCriteria {
  readonly mrns: readonly string[];
  readonly birthDates: readonly string[];
  readonly nameTokens: readonly string[];
}

const LOOKS_LIKE_MRN = /^\d{9}$/;
const LOOKS_LIKE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads `q` as an MRN, a birth date or name words, and adds the explicit `mrn` and `birthDate`. */
export function toSearchCriteria(params: DataOf<typeof SearchPatients>): SearchCriteria {
  const mrns = params.mrn === undefined ? [] : [params.mrn];
  const birthDates = params.birthDate === undefined ? [] : [params.birthDate];
  const q = params.q?.trim() ?? '';
  if (q === '') return { mrns, birthDates, nameTokens: [] };
  if (LOOKS_LIKE_MRN.test(q)) {
    if (!isValidMrn(q)) throw invalidSearch('This is not a valid MRN: the check digit does not match');
    return { mrns: [...mrns, q], birthDates, nameTokens: [] };
  }
  if (LOOKS_LIKE_DATE.test(q)) {
    if (!birthDateSchema.safeParse(q).success) throw invalidSearch('This date does not exist');
    return { mrns, birthDates: [...birthDates, q], nameTokens: [] };
  }
  const tokens = nameTokens(q);
  if (tokens.length === 0) throw invalidSearch('Enter a name, an MRN or a birth date (YYYY-MM-DD)');
  if (tokens.length > MAX_NAME_WORDS) throw invalidSearch(`Enter at most ${MAX_NAME_WORDS} words`);
  return { mrns, birthDates, nameTokens: tokens };
}

function invalidSearch(message: string): ValidationError {
  return new ValidationError([{ path: 'q', message }], INVALID_SEARCH);
}

/**
 * The ways name words split into a family-name prefix and a given-name prefix, in either order:
 * "ada lov" is (family "ada", given "lov") or (given "ada", family "lov") or either name starting with "ada lov".
 * Each word thus matches the start of the family or the given name, and a compound name ("de la cruz") can be
 * typed whole. Every alternative is a pair of prefix matches, which the text_pattern_ops indexes serve.
 */
export function namePrefixAlternatives(tokens: readonly string[]): { family: string; given: string }[] {
  const seen = new Set<string>();
  const alternatives: { family: string; given: string }[] = [];
  for (let split = 0; split <= tokens.length; split += 1) {
    const first = tokens.slice(0, split).join(' ');
    const second = tokens.slice(split).join(' ');
    for (const alternative of [
      { family: first, given: second },
      { family: second, given: first },
    ]) {
      const key = `${alternative.family}|${alternative.given}`;
      if (!seen.has(key)) alternatives.push(alternative);
      seen.add(key);
    }
  }
  return alternatives;
}
