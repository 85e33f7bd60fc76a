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
const folderOf = (path: string) => path.split('/').at(-3) ?? path;
const translated = new Map(Object.entries(portuguese).map(([path, module]) => [folderOf(path), module.messagesPt]));

const parts = await Promise.all([...BUILT_IN_PARTS].map(async ([folder, load]) => ({ folder, part: await load() })));

describe("the built-in plugins' languages", () => {
  afterEach(() => setCurrentLocale('en-GB'));

  it('translate patient, adt, scheduling, ehr, staff, analytics, lab and fhir into Portuguese completely', () => {
    expect([...translated.keys()].sort()).toEqual(
      expect.arrayContaining(['adt', 'analytics', 'ehr', 'fhir', 'lab', 'patient', 'scheduling', 'staff']),
    );
    for (const [path, module] of Object.entries(english)) {
      const translation = translated.get(folderOf(path));
      if (translation)
        expect({ [folderOf(path)]: untranslatedKeys(module.messages, translation) }).toEqual({
          [folderOf(path)]: [],
        });
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
    expect(parts.some(({ folder }) => !translated.has(folder))).toBe(true);
  });
});
