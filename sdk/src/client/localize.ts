import { currentLocale } from './locale';
import type { ClientMessages } from './messages';

/**
 * A plugin's messages in another language: the same nested shape as the English ones, each message optional (a
 * missing one shows in English) and each message function taking the same values. Keys that English lacks are
 * refused by the compiler.
 */
export type Translation<M> = {
  readonly [K in keyof M]?: M[K] extends string
    ? string
    : M[K] extends (...values: infer V) => string
      ? (...values: V) => string
      : Translation<M[K]>;
};

/** A plugin's extra languages by language (`pt`) or full tag (`pt-BR`); English is its `messages`. */
export type Translations<M> = { readonly [language: string]: Translation<M> };

const isGroup = (value: unknown): value is ClientMessages =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The translation for `locale`: the full tag first (`pt-BR`), then its language (`pt`). */
function translationFor(translations: Translations<ClientMessages>, locale: string): unknown {
  return translations[locale] ?? translations[locale.split('-')[0] ?? locale];
}

/** Follows `path` into a translation; undefined where the translation stops. */
function at(translation: unknown, path: readonly string[]): unknown {
  let found = translation;
  for (const part of path) found = isGroup(found) ? found[part] : undefined;
  return found;
}

/**
 * `english` as seen in the language the shell shows: an object of the same shape whose every message is read, when
 * it is read, from the translation for `currentLocale()`, falling back to English message by message. Screens keep
 * writing `msg.menu.wards`; nothing needs to know which language is on. A list of strings (table headings) is one
 * message: translated whole.
 * @example
 * const messages = localizeMessages({ menu: { wards: 'Wards' } }, { pt: { menu: { wards: 'Alas' } } });
 * setCurrentLocale('pt-BR');
 * messages.menu.wards; // 'Alas'
 */
export function localizeMessages<const M extends object>(english: M, translations: Translations<M> = {}): M {
  const groups = new Map<ClientMessages, ClientMessages>();
  const view = (group: ClientMessages, path: readonly string[]): ClientMessages => {
    const known = groups.get(group);
    if (known) return known;
    const proxy = new Proxy(group, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof key !== 'string' || !Object.hasOwn(target, key)) return value;
        if (isGroup(value)) return view(value, [...path, key]);
        const translated = at(translationFor(translations as Translations<ClientMessages>, currentLocale()), [
          ...path,
          key,
        ]);
        return typeof translated === typeof value ? translated : value;
      },
    });
    groups.set(group, proxy);
    return proxy;
  };
  return view(english as ClientMessages, []) as M;
}

/**
 * The dotted keys of `english` that `translation` does not translate (shown in English): what a translator still
 * has to do. Keys of a group typed as any string (a `problems` table) count too.
 */
export function untranslatedKeys(english: object, translation: unknown, prefix = ''): string[] {
  return Object.entries(english).flatMap(([key, value]) => {
    const theirs = isGroup(translation) ? translation[key] : undefined;
    if (isGroup(value)) return untranslatedKeys(value, theirs, `${prefix}${key}.`);
    return typeof theirs === typeof value ? [] : [`${prefix}${key}`];
  });
}
