import { describe, expect, it } from 'vitest';
import { translate, type ClientMessages } from '@hms/sdk/client';
import { BUILT_IN_PARTS } from './built-in-parts';

const parts = await Promise.all([...BUILT_IN_PARTS].map(async ([folder, load]) => ({ folder, part: await load() })));

function strings(messages: ClientMessages): string[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === 'string' ? [value] : typeof value === 'object' ? strings(value) : [],
  );
}

describe("the built-in plugins' client parts", () => {
  it('are found by path, each in the folder of the plugin it names', () => {
    expect(parts.length).toBeGreaterThanOrEqual(6);
    for (const { folder, part } of parts) expect(part.plugin).toBe(folder);
  });

  it('label every link, widget and action with a message they carry (no key shown as text)', () => {
    for (const { part } of parts) {
      const keys = [
        ...part.menu.map((m) => m.label),
        ...part.homeWidgets.map((w) => w.title),
        ...part.patientActions.map((a) => a.label),
      ];
      for (const key of keys) expect(translate(part.messages, key)).not.toBe(key);
    }
  });

  it('have no empty message (a missing translation would show as a blank)', () => {
    for (const { part } of parts) expect(strings(part.messages).filter((s) => s.trim() === '')).toEqual([]);
  });

  it('never claim one client path twice across plugins', () => {
    const paths = parts.flatMap(({ part }) => part.screens.map((s) => s.path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('declare a permission on every screen and link', () => {
    for (const { part } of parts) {
      for (const entry of [...part.screens, ...part.menu])
        expect(entry.permission).toMatch(/^[a-z0-9-]+:[a-z0-9-]+:[a-z0-9-]+$/);
    }
  });
});
