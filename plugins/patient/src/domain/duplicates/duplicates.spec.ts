import { likelySamePerson, namesAlike } from './duplicate-match';
import { editDistance, jaroWinkler } from './name-similarity';
import { phoneticKey, soundex } from './phonetic-key';

describe('soundex', () => {
  it.each([
    ['robert', 'R163'],
    ['rupert', 'R163'],
    ['ashcraft', 'A261'],
    ['tymczak', 'T522'],
    ['pfister', 'P236'],
    ['jon', 'J500'],
    ['john', 'J500'],
    ['a', 'A000'],
  ])('codes %s as %s', (word, key) => expect(soundex(word)).toBe(key));
});

describe('phoneticKey', () => {
  it('folds accents and codes each word', () => {
    expect(phoneticKey('Ólafsdóttir')).toBe(phoneticKey('Olafsdottir'));
    expect(phoneticKey('Smith-Jones')).toBe('S530 J520');
    expect(phoneticKey('Smyth')).toBe(phoneticKey('Smith'));
  });

  it('keeps words of scripts Soundex has no rules for', () => {
    expect(phoneticKey('山田')).toBe('山田');
  });
});

describe('jaroWinkler', () => {
  it('is 1 for equal strings and 0 for nothing in common', () => {
    expect(jaroWinkler('maria', 'maria')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'x')).toBe(0);
  });

  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('maria', 'mraia')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('namesAlike', () => {
  it.each([
    ['Jon', 'John'],
    ['Catherine', 'Katherine'],
    ['Mraia', 'Maria'],
    ['Núñez', 'NUNEZ'],
    ['Smyth', 'Smith'],
    ['Martha', 'Marhta'],
  ])('takes %s and %s for one name', (a, b) => expect(namesAlike(a, b)).toBe(true));

  it.each([
    ['Ana', 'Beatriz'],
    ['Keyowner', 'Keythief'],
    ['Testfamily', 'Cookiebearer'],
    ['Lee', 'Li Wei'],
    ['-', '-'],
  ])('tells %s and %s apart', (a, b) => expect(namesAlike(a, b)).toBe(false));
});

describe('likelySamePerson', () => {
  it('matches alike given and family names', () => {
    expect(
      likelySamePerson({ givenName: 'Jon', familyName: 'Smyth' }, { givenName: 'John', familyName: 'Smith' }),
    ).toBe(true);
  });

  it('matches given and family name swapped', () => {
    expect(likelySamePerson({ givenName: 'Wei', familyName: 'Zhang' }, { givenName: 'Zhang', familyName: 'Wei' })).toBe(
      true,
    );
  });

  it('needs both names alike', () => {
    expect(
      likelySamePerson({ givenName: 'John', familyName: 'Smith' }, { givenName: 'John', familyName: 'Okafor' }),
    ).toBe(false);
    expect(likelySamePerson({ givenName: 'Ada', familyName: 'Smith' }, { givenName: 'Zed', familyName: 'Smith' })).toBe(
      false,
    );
  });
});
