import { ValidationError } from '@hms/sdk';
import { checkPassword, checkUsername } from './credentials-policy';

describe('credentials policy', () => {
  it('stores usernames trimmed and lower-cased', () => {
    expect(checkUsername('  Dr.House ')).toBe('dr.house');
  });

  it.each(['a', '-lead', 'with space', 'ünïcode', 'x'.repeat(65)])('refuses the username %p', (username) => {
    expect(() => checkUsername(username)).toThrow(ValidationError);
  });

  it('refuses passwords that are too short or too long, without echoing them', () => {
    expect(() => checkPassword('short')).toThrow(expect.objectContaining({ code: 'WEAK_PASSWORD' }));
    expect(() => checkPassword('x'.repeat(1025))).toThrow(ValidationError);
    expect(() => checkPassword('long enough')).not.toThrow();
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
