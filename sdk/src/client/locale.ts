/**
 * The language the web client shows, as a BCP 47 tag (`'en-GB'`, `'pt-BR'`). The shell sets it once at start from
 * the user's choice; messages and formats read it when they are shown. Kept on `globalThis` under a registered
 * symbol so that a vendor's prebuilt client module, which may carry its own copy of this SDK, reads the same value.
 */
const SLOT = Symbol.for('hms.client.locale');
const DEFAULT_LOCALE = 'en-GB';

type LocaleHolder = { [SLOT]?: string };

/** The tag the shell chose (`'en-GB'` until it chooses). */
export function currentLocale(): string {
  return (globalThis as LocaleHolder)[SLOT] ?? DEFAULT_LOCALE;
}

/** Called by the shell (and by tests): every message and format read after it uses `locale`. */
export function setCurrentLocale(locale: string): void {
  (globalThis as LocaleHolder)[SLOT] = Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
}
