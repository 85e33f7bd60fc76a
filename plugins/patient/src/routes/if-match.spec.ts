import { ValidationError } from '@hms/sdk';
import { expectedVersionFromIfMatch } from './if-match';

describe('expectedVersionFromIfMatch', () => {
  it.each([
    ['"3"', 3],
    ['W/"3"', 3],
    ['3', 3],
    [' "12" ', 12],
    [['"4"'], 4],
  ])('reads %j as version %j', (header, version) => {
    expect(expectedVersionFromIfMatch(header)).toBe(version);
  });

  it.each([undefined, '', '*'])('sets no condition for %j', (header) => {
    expect(expectedVersionFromIfMatch(header)).toBeUndefined();
  });

  it.each(['"abc"', '"3", "4"', 'W/3', '"-1"', '"3', ['"3"', '"4"']])('refuses %j with INVALID_IF_MATCH', (header) => {
    expect(() => expectedVersionFromIfMatch(header)).toThrow(ValidationError);
    try {
      expectedVersionFromIfMatch(header);
    } catch (error) {
      expect((error as ValidationError).code).toBe('INVALID_IF_MATCH');
    }
  });
});
