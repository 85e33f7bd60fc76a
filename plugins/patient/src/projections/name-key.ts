/**
 * Search keys for names: lower case, accents and apostrophes removed, other punctuation turned into spaces,
 * so "Ólafsdóttir", "OLAFSDOTTIR" and "olafsdottir" are one key, "O'Brien" matches "obrien" and
 * "Smith-Jones" matches "smith jones". The directory stores keys and the search normalizes its words the same
 * way, so no database extension (unaccent, ICU collations) is needed.
 */

/** Letters NFKD does not decompose into a base letter plus marks. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const FOLDED_PATTERN = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'gu');
const APOSTROPHES = /['‘’ʼ`´]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** The words of a name or of a search text, normalized. */
export function nameTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(FOLDED_PATTERN, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .split(SEPARATORS)
    .filter((token) => token.length > 0);
}

/** The stored search key of a name: its normalized words joined by single spaces. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}
