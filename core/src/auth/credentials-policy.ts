import { ValidationError } from '@hms/sdk';
import { isCommonPassword } from './common-passwords';

/** Lower-case letters, digits and `. _ -`, 2–64 long, starting with a letter or digit. */
const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/**
 * NIST SP 800-63B (rev. 4, 2025) §3.1.1.2: a password that is the only factor SHALL be at least 15 characters;
 * length, not composition rules, is what makes it hard to guess. Passphrases are welcome (spaces count).
 */
export const MIN_PASSWORD_LENGTH = 15;
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

/**
 * Throws a `ValidationError` (`WEAK_PASSWORD`) when the password is too short or too long, is on the list of
 * commonly used and breached passwords, is one character repeated, or contains the username: the checks NIST
 * SP 800-63B §3.1.1.2 asks of a verifier, and no composition rules (it advises against them). Never echoes it.
 */
export function checkPassword(password: string, minLength = MIN_PASSWORD_LENGTH, username?: string): void {
  const problem = passwordProblem(password, minLength, username);
  if (problem) throw new ValidationError([{ path: 'password', message: problem }], 'WEAK_PASSWORD');
}

function passwordProblem(password: string, minLength: number, username: string | undefined): string | undefined {
  if (password.length < minLength || password.length > MAX_PASSWORD_LENGTH) {
    return `Use between ${minLength} and ${MAX_PASSWORD_LENGTH} characters; a few words with spaces make a good one`;
  }
  if (isCommonPassword(password))
    return 'This password is on a list of commonly used or breached passwords; choose another';
  if (new Set(password).size === 1) return 'Do not repeat one character; a few words with spaces make a good password';
  const name = username === undefined ? '' : normalizeUsername(username);
  if (name.length >= 3 && password.toLowerCase().includes(name)) return 'Do not use your username in your password';
  return undefined;
}
