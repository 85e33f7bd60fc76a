import { dictionary } from '@zxcvbn-ts/language-common';

let common: ReadonlySet<string> | undefined;

/**
 * Whether a password is on the list of commonly used and breached passwords that `@zxcvbn-ts/language-common`
 * ships (about 49,000, drawn from public breach corpora; offline, nothing is fetched at run time). Compared
 * case-insensitively: `Password1` is no better than `password1`. The list loads on first use.
 * @example
 * isCommonPassword('12345678'); // true
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return common.has(password.toLowerCase());
}
