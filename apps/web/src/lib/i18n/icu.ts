import { currentLocale } from '@hms/sdk/client';
import { IntlMessageFormat } from 'intl-messageformat';

const compiled = new Map<string, IntlMessageFormat>();

/**
 * `pattern`, an ICU MessageFormat message (`{count, plural, one {# leito} other {# leitos}}`), built with `values`
 * by the plural rules and number formats of the language on now. Translations use it where a language's grammar
 * differs from English's (plural forms, gender by a value); each pattern is parsed once per language.
 */
export function icu(pattern: string, values: Record<string, string | number | Date>): string {
  const locale = currentLocale();
  const key = `${locale}\u0000${pattern}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(pattern, locale);
    compiled.set(key, format);
  }
  return String(format.format(values));
}
