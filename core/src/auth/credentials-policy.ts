import { ValidationError } from '@hms/sdk';

/** Lower-case letters, digits and `. _ -`, 2–64 long, starting with a letter or digit. */
const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const MIN_PASSWORD_LENGTH = 8;
/** Past this, scrypt's input hashing is wasted work an attacker could ask for. */
export const MAX_PASSWORD_LENGTH = 1024;

/** How a username is stored and looked up: trimmed and lower-cased. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** The normalised username, or a `ValidationError` when it is not acceptable. */
export function checkUsername(username: string): string {
  const normalized = normalizeUsername(username);
  if (!USERNAME_PATTERN.test(normalized)) {
    throw new ValidationError(
      [{ path: 'username', message: 'Use 2–64 letters, digits, dots, dashes or underscores' }],
      'INVALID_USERNAME',
    );
  }
  return normalized;
}

/** Throws a `ValidationError` when the password is too short or too long (never echoes it). */
export function checkPassword(password: string, minLength = MIN_PASSWORD_LENGTH): void {
  if (password.length < minLength || password.length > MAX_PASSWORD_LENGTH) {
    throw new ValidationError(
      [{ path: 'password', message: `Use between ${minLength} and ${MAX_PASSWORD_LENGTH} characters` }],
      'WEAK_PASSWORD',
    );
  }
}
