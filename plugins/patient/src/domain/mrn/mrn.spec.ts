import { formatMrn, isValidMrn, luhnCheckDigit, MAX_MRN_NUMBER } from './mrn';

/** Every MRN obtained by changing exactly one digit of `mrn`. */
function singleDigitChanges(mrn: string): string[] {
  const variants: string[] = [];
  for (let position = 0; position < mrn.length; position += 1) {
    for (let digit = 0; digit <= 9; digit += 1) {
      if (String(digit) === mrn[position]) continue;
      variants.push(`${mrn.slice(0, position)}${digit}${mrn.slice(position + 1)}`);
    }
  }
  return variants;
}

/** Every MRN obtained by swapping two different neighbouring digits, with the swapped pair. */
function adjacentTranspositions(mrn: string): { variant: string; pair: string }[] {
  const variants: { variant: string; pair: string }[] = [];
  for (let position = 0; position < mrn.length - 1; position += 1) {
    const left = mrn[position] as string;
    const right = mrn[position + 1] as string;
    if (left === right) continue;
    variants.push({
      variant: `${mrn.slice(0, position)}${right}${left}${mrn.slice(position + 2)}`,
      pair: left + right,
    });
  }
  return variants;
}

/** A spread of sequence numbers: the first thousand, and a stride through the whole range. */
const SAMPLE = [
  ...Array.from({ length: 1000 }, (_, i) => i + 1),
  ...Array.from({ length: 1000 }, (_, i) => 1 + i * 99_991),
  MAX_MRN_NUMBER,
];

describe('formatMrn', () => {
  it('zero-pads the sequence number to 8 digits and appends the Luhn check digit', () => {
    expect(formatMrn(1)).toBe('000000018');
    expect(formatMrn(7992739)).toBe('079927398'); // the classic Luhn example 7992739 → 3 (leading zero is neutral)
    expect(formatMrn(MAX_MRN_NUMBER)).toHaveLength(9);
  });

  it('refuses numbers an MRN cannot carry', () => {
    for (const n of [0, -1, 1.5, MAX_MRN_NUMBER + 1, Number.NaN]) expect(() => formatMrn(n)).toThrow(RangeError);
  });

  it('gives distinct, valid MRNs for distinct numbers', () => {
    const mrns = SAMPLE.map(formatMrn);
    expect(new Set(mrns).size).toBe(new Set(SAMPLE).size);
    expect(mrns.every(isValidMrn)).toBe(true);
  });
});

describe('isValidMrn', () => {
  it('accepts only 9 digits', () => {
    for (const s of ['', '00000001', '0000000180', '00000001a', ' 000000018', '000 000 018'])
      expect(isValidMrn(s)).toBe(false);
  });

  it('catches every single-digit change', () => {
    for (const n of SAMPLE) {
      const missed = singleDigitChanges(formatMrn(n)).filter(isValidMrn);
      expect(missed).toEqual([]);
    }
  });

  it('catches every adjacent transposition except the 0↔9 pair, Luhn’s known blind spot', () => {
    for (const n of SAMPLE) {
      const missed = adjacentTranspositions(formatMrn(n)).filter(({ variant }) => isValidMrn(variant));
      expect(missed.every(({ pair }) => pair === '09' || pair === '90')).toBe(true);
    }
    // The blind spot, stated so nobody mistakes it for a bug: 09 ↔ 90 keeps the Luhn sum.
    expect(luhnCheckDigit('09')).toBe(luhnCheckDigit('90'));
  });
});
