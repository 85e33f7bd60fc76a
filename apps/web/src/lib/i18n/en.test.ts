import { describe, expect, it } from 'vitest';
import { t } from './en';

describe('what the sign-out warning says', () => {
  it('names the actions and the notes, in the singular or the plural', () => {
    expect(t.shell.unsentDetail(1, 0)).toBe(
      '1 action is kept only on this computer. Signing out deletes it. Stay signed in and it is sent as soon as the network is back.',
    );
    expect(t.shell.unsentDetail(2, 1)).toMatch(
      /^2 actions and writing in 1 note are kept only on this computer\. Signing out deletes them\. Stay signed in and they are sent/,
    );
    expect(t.shell.unsentDetail(0, 3)).toMatch(
      /^Writing in 3 notes is kept only on this computer\. Signing out deletes it\./,
    );
    expect(t.shell.unsentDetail(3, 0)).toMatch(/^3 actions are kept .* deletes them\./);
  });
});
