import { ValidationError } from '@hms/sdk';
import { namePrefixAlternatives, toSearchCriteria } from './search-criteria';

describe('toSearchCriteria', () => {
  it('reads 9 digits as an MRN', () => {
    expect(toSearchCriteria({ q: ' 000000018 ' })).toEqual({
      mrns: ['000000018'],
      birthDates: [],
      nameTokens: [],
    });
  });

  it('reads YYYY-MM-DD as a birth date', () => {
    expect(toSearchCriteria({ q: '1990-04-12' })).toEqual({
      mrns: [],
      birthDates: ['1990-04-12'],
      nameTokens: [],
    });
  });

  it('reads anything else as normalized name words', () => {
    expect(toSearchCriteria({ q: 'Núñez  ADA' })).toEqual({
      mrns: [],
      birthDates: [],
      nameTokens: ['nunez', 'ada'],
    });
  });

  it('adds the explicit mrn and birthDate to what q says', () => {
    expect(toSearchCriteria({ q: 'ada', mrn: '000000018', birthDate: '1990-04-12' })).toEqual({
      mrns: ['000000018'],
      birthDates: ['1990-04-12'],
      nameTokens: ['ada'],
    });
  });

  it('asks for nothing when there is no criterion (the whole directory, paged)', () => {
    expect(toSearchCriteria({})).toEqual({ mrns: [], birthDates: [], nameTokens: [] });
    expect(toSearchCriteria({ q: '   ' })).toEqual({ mrns: [], birthDates: [], nameTokens: [] });
  });

  it.each([
    ['an MRN with a wrong check digit', '000000019'],
    ['a date that does not exist', '2023-02-29'],
    ['punctuation only', '--'],
    ['too many words', 'a b c d e f g h i'],
  ])('refuses %s with INVALID_SEARCH on q', (_case, q) => {
    let thrown: unknown;
    try {
      toSearchCriteria({ q });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect(thrown).toMatchObject({ code: 'INVALID_SEARCH', issues: [{ path: 'q' }] });
  });
});

describe('namePrefixAlternatives', () => {
  it('lets one word match the start of either name', () => {
    expect(namePrefixAlternatives(['lov'])).toEqual([
      { family: '', given: 'lov' },
      { family: 'lov', given: '' },
    ]);
  });

  it('lets two words match family then given, given then family, or one compound name', () => {
    expect(namePrefixAlternatives(['ada', 'lov'])).toEqual([
      { family: '', given: 'ada lov' },
      { family: 'ada lov', given: '' },
      { family: 'ada', given: 'lov' },
      { family: 'lov', given: 'ada' },
    ]);
  });
});
