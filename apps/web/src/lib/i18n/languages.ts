import { currentLocale, setCurrentLocale } from '@hms/sdk/client';

/** A language the client can be shown in: its id (the translation files' suffix), its own name, its formats' tag. */
export interface Language {
  readonly id: string;
  /** In the language itself, so that a user who cannot read the current one still finds theirs. */
  readonly name: string;
  /** The BCP 47 tag that dates, numbers and money are formatted by. */
  readonly tag: string;
}

/** English first: every message exists in English; a translation may lack some, which then show in English. */
export const LANGUAGES: readonly Language[] = [
  { id: 'en', name: 'English', tag: 'en-GB' },
  { id: 'pt', name: 'Português (Brasil)', tag: 'pt-BR' },
];

/** Where the choice is kept: on this device, so that the sign-in page is already in the user's language. */
const STORAGE_KEY = 'hms.language';

const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/** The language chosen on this device, else the first of the browser's languages we have, else English. */
export function chosenLanguage(): Language {
  const stored = storage()?.getItem(STORAGE_KEY);
  const wanted = [
    ...(stored ? [stored] : []),
    ...(typeof navigator === 'undefined' ? [] : navigator.languages.map((tag) => tag.split('-')[0] ?? tag)),
  ];
  for (const id of wanted) {
    const language = LANGUAGES.find((candidate) => candidate.id === id);
    if (language) return language;
  }
  return LANGUAGES[0]!;
}

/** The language on now (what `currentLocale()` was set to at start). */
export function activeLanguage(): Language {
  return LANGUAGES.find((language) => language.tag === currentLocale()) ?? LANGUAGES[0]!;
}

/** Makes `language` the one every message and format reads from now on, and tells assistive tech (`<html lang>`). */
export function applyLanguage(language: Language): void {
  setCurrentLocale(language.tag);
  if (typeof document !== 'undefined') document.documentElement.lang = language.tag;
}

/**
 * Keeps `id` on this device and reloads the page in it. A reload rather than a live swap: every label computed once
 * (menus, tables' headings) is recomputed, and work not yet sent is safe in the outbox, which survives a reload.
 */
export function chooseLanguage(id: string): void {
  storage()?.setItem(STORAGE_KEY, id);
  location.reload();
}

applyLanguage(chosenLanguage());
