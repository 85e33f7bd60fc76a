import { nameTokens } from '../../projections/name-key';

/**
 * A phonetic key of a name: American Soundex of each word of the normalized name (accents folded first), so
 * names that sound alike share a key: "Jon" and "John" (J500), "Smith" and "Smyth" (S530), "Ólafsdóttir" and
 * "Olafsdottir". Words without Latin letters (山田, Иванова) keep their normalized spelling: Soundex has no rule
 * for them, and an exact key is still a useful one.
 */
export function phoneticKey(name: string): string {
  return nameTokens(name).map(soundex).join(' ');
}

const CODES: Readonly<Record<string, string>> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/** American Soundex of one normalized word: first letter, then up to three digits, padded with zeros. */
export function soundex(word: string): string {
  const letters = word.replace(/[^a-z]/g, '');
  if (letters.length === 0) return word;
  const first = letters[0] as string;
  let key = first.toUpperCase();
  let previous = CODES[first] ?? '';
  for (const letter of letters.slice(1)) {
    const code = CODES[letter];
    if (code !== undefined && code !== previous) key += code;
    // H and W do not separate letters of the same code; vowels do.
    if (letter !== 'h' && letter !== 'w') previous = code ?? '';
    if (key.length === 4) break;
  }
  return key.padEnd(4, '0');
}
