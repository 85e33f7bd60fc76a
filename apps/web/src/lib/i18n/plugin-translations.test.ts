import { afterEach, describe, expect, it } from 'vitest';
import { setCurrentLocale, translate, untranslatedKeys, type ClientMessages } from '@hms/sdk/client';
import { BUILT_IN_PARTS } from '$lib/shell/built-in-parts';

/** Each built-in plugin's English messages and, where it has one, its Portuguese translation, by plugin folder. */
const english = import.meta.glob<{ messages: ClientMessages }>('../../../../../plugins/*/client/messages.en.ts', {
  eager: true,
});
const portuguese = import.meta.glob<{ messagesPt: object }>('../../../../../plugins/*/client/messages.pt.ts', {
  eager: true,
});
/** Every message file of the parts, by path: a part may keep some of its messages in files of their own. */
const everyEnglish = import.meta.glob<Record<string, object>>('../../../../../plugins/*/client/*.en.ts', {
  eager: true,
});
const everyPortuguese = import.meta.glob<Record<string, object>>('../../../../../plugins/*/client/*.pt.ts', {
  eager: true,
});
const folderOf = (path: string) => path.split('/').at(-3) ?? path;
const translated = new Map(Object.entries(portuguese).map(([path, module]) => [folderOf(path), module.messagesPt]));

const parts = await Promise.all([...BUILT_IN_PARTS].map(async ([folder, load]) => ({ folder, part: await load() })));

describe("the built-in plugins' languages", () => {
  afterEach(() => setCurrentLocale('en-GB'));

  it('translate every built-in plugin into Portuguese completely', () => {
    expect([...translated.keys()].sort()).toEqual(
      expect.arrayContaining([
        'adt',
        'analytics',
        'billing',
        'ehr',
        'fhir',
        'inventory',
        'lab',
        'patient',
        'scheduling',
        'staff',
      ]),
    );
    for (const [path, module] of Object.entries(english)) {
      const translation = translated.get(folderOf(path));
      if (translation)
        expect({ [folderOf(path)]: untranslatedKeys(module.messages, translation) }).toEqual({
          [folderOf(path)]: [],
        });
    }
  });

  it("translate a part's other message files completely too (each `xPt` of a `.pt.ts` is `x` of its `.en.ts`)", () => {
    const others = Object.entries(everyPortuguese).filter(([path]) => !path.endsWith('/messages.pt.ts'));
    expect(others.map(([path]) => path)).toEqual(
      expect.arrayContaining([expect.stringContaining('inventory/client/messages-operations.pt.ts')]),
    );
    for (const [path, module] of others) {
      const english = everyEnglish[path.replace(/\.pt\.ts$/, '.en.ts')] ?? {};
      for (const [name, translation] of Object.entries(module)) {
        const file = `${path.split('/plugins/')[1]} ${name}`;
        expect({ [file]: untranslatedKeys(english[name.replace(/Pt$/, '')] ?? {}, translation) }).toEqual({
          [file]: [],
        });
        expect(Object.keys(english[name.replace(/Pt$/, '')] ?? {}).length).toBeGreaterThan(0);
      }
    }
  });

  it('label their links in Portuguese where translated, in English where not (never a bare key)', () => {
    setCurrentLocale('pt-BR');
    for (const { folder, part } of parts) {
      const englishMessages = english[`../../../../../plugins/${folder}/client/messages.en.ts`]?.messages;
      for (const entry of part.menu) {
        const label = translate(part.messages, entry.label);
        const inEnglish = englishMessages ? translate(englishMessages, entry.label) : label;
        expect(label).not.toBe(entry.label);
        if (translated.has(folder)) expect(label).not.toBe(inEnglish);
        else expect(label).toBe(inEnglish); // the fallback: a plugin without Portuguese shows its English
      }
    }
  });

  it("show a vendor's plugin without Portuguese in English under the Portuguese client (never a bare key)", () => {
    // Every built-in plugin is translated now; the fallback still matters to a vendor's part with English only.
    setCurrentLocale('pt-BR');
    const vendorMessages: ClientMessages = { menu: { samples: 'Samples' } };
    expect(translate(vendorMessages, 'menu.samples')).toBe('Samples');
  });
});
