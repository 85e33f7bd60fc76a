import { describe, expect, it } from 'vitest';
import { holdsEveryLine } from './push-note';

describe(holdsEveryLine.name, () => {
  it("is done when the server's note has every line written here, whatever colleagues added", () => {
    expect(holdsEveryLine('Colleague: seen.\nMine: stable.', 'Mine: stable.')).toBe(true);
    expect(holdsEveryLine('Mine: stable.', 'Mine: stable.\n\nMine: plan.')).toBe(false);
    expect(holdsEveryLine('', '\n  ')).toBe(true);
  });

  it('is not done while the server cannot be asked', () => {
    expect(holdsEveryLine(undefined, '')).toBe(false);
  });
});
