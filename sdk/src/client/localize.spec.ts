import { currentLocale, setCurrentLocale } from './locale';
import { localizeMessages, untranslatedKeys, type Translation } from './localize';
import { translate } from './messages';
import { defineClientPlugin } from './client-plugin';

const english = {
  menu: { wards: 'Wards', beds: 'Beds' },
  free: (n: number) => `${n} free ${n === 1 ? 'bed' : 'beds'}`,
  problems: { BED_OCCUPIED: 'Someone is in this bed.' } as Record<string, string>,
};
const portuguese: Translation<typeof english> = {
  menu: { wards: 'Alas' },
  free: (n: number) => `${n} ${n === 1 ? 'leito livre' : 'leitos livres'}`,
  problems: { BED_OCCUPIED: 'Há alguém neste leito.' },
};

describe(localizeMessages.name, () => {
  afterEach(() => setCurrentLocale('en-GB'));

  it('reads English until the shell chooses another language', () => {
    const messages = localizeMessages(english, { pt: portuguese });
    expect(currentLocale()).toBe('en-GB');
    expect(messages.menu.wards).toBe('Wards');
    expect(messages.free(2)).toBe('2 free beds');
  });

  it('reads each message in the chosen language at the moment it is read, by full tag or by language', () => {
    const messages = localizeMessages(english, { pt: portuguese });
    setCurrentLocale('pt-BR');
    expect(messages.menu.wards).toBe('Alas');
    expect(messages.free(1)).toBe('1 leito livre');
    expect(messages.problems['BED_OCCUPIED']).toBe('Há alguém neste leito.');
    expect(translate(messages, 'menu.wards')).toBe('Alas');
    setCurrentLocale('en-GB');
    expect(messages.menu.wards).toBe('Wards');
  });

  it('shows English for a message the translation lacks, and nothing for a key English lacks', () => {
    const messages = localizeMessages(english, { pt: portuguese });
    setCurrentLocale('pt');
    expect(messages.menu.beds).toBe('Beds');
    expect(messages.problems['NO_SUCH_CODE']).toBeUndefined();
    expect(translate(messages, 'menu.nowhere')).toBe('menu.nowhere');
    expect({ ...messages.menu }).toEqual({ wards: 'Alas', beds: 'Beds' });
  });

  it('ignores a translated message of the wrong kind (a string where English has a function)', () => {
    const messages = localizeMessages(english, { pt: { free: 'livres' } as unknown as Translation<typeof english> });
    setCurrentLocale('pt');
    expect(messages.free(3)).toBe('3 free beds');
  });

  it('gives a client part its languages: the shell translates its labels in the chosen one', () => {
    const part = defineClientPlugin({
      plugin: 'adt',
      messages: localizeMessages(english, { pt: portuguese }),
      menu: [{ id: 'wards', label: 'menu.wards', href: '/wards', permission: 'adt:ward:read', order: 30 }],
    });
    setCurrentLocale('pt-PT');
    expect(translate(part.messages, part.menu[0]?.label ?? '')).toBe('Alas');
  });
});

describe(untranslatedKeys.name, () => {
  it('lists the dotted keys a translation still lacks', () => {
    expect(untranslatedKeys(english, portuguese)).toEqual(['menu.beds']);
    expect(untranslatedKeys(english, undefined)).toEqual(['menu.wards', 'menu.beds', 'free', 'problems.BED_OCCUPIED']);
  });
});
