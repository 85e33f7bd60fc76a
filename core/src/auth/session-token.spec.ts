import { generateSessionToken, hashSessionToken, isWellFormedSessionToken } from './session-token';

describe('session tokens', () => {
  it('are 32 random bytes in base64url', () => {
    const token = generateSessionToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(isWellFormedSessionToken(token)).toBe(true);
    expect(generateSessionToken()).not.toEqual(token);
  });

  it('are stored as their SHA-256', () => {
    const token = generateSessionToken();
    expect(hashSessionToken(token)).toHaveLength(32);
    expect(hashSessionToken(token).equals(hashSessionToken(token))).toBe(true);
  });

  it.each(['', 'short', `${'a'.repeat(43)}=`, 'a'.repeat(42) + '+'])('rejects %p as malformed', (token) => {
    expect(isWellFormedSessionToken(token)).toBe(false);
  });
});
