import { ValidationError } from '@hms/sdk';
import { checkPassword, checkUsername } from './credentials-policy';

describe('credentials policy', () => {
  it('stores usernames trimmed and lower-cased', () => {
    expect(checkUsername('  Dr.House ')).toBe('dr.house');
  });

  it.each(['a', '-lead', 'with space', 'ünïcode', 'x'.repeat(65)])('refuses the username %p', (username) => {
    expect(() => checkUsername(username)).toThrow(ValidationError);
  });

  it.each(['password', '12345678', 'iloveyou', 'qwertyuiop', 'PASSWORD'])(
    'refuses the common password %p whatever the length asked',
    (password) => {
      expect(() => checkPassword(password, 8)).toThrow(expect.objectContaining({ code: 'WEAK_PASSWORD' }));
    },
  );

  it('refuses one repeated character and a password holding the username', () => {
    expect(() => checkPassword('a'.repeat(20))).toThrow(ValidationError);
    expect(() => checkPassword('my name is drhouse really', undefined, 'DrHouse')).toThrow(ValidationError);
    expect(() => checkPassword('my name is drhouse really', undefined, 'nurse.joy')).not.toThrow();
  });

  it('refuses passwords that are too short or too long, without echoing them', () => {
    expect(() => checkPassword('short')).toThrow(expect.objectContaining({ code: 'WEAK_PASSWORD' }));
    expect(() => checkPassword('x'.repeat(1025))).toThrow(ValidationError);
    expect(() => checkPassword('fourteen chars')).toThrow(expect.objectContaining({ code: 'WEAK_PASSWORD' }));
    expect(() => checkPassword('long enough to pass')).not.toThrow();
    let error: unknown;
    try {
      checkPassword('hunter2');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify((error as ValidationError).details)).not.toContain('hunter2');
    expect((error as Error).message).not.toContain('hunter2');
  });
});
