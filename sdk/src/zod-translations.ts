import { z } from 'zod';
import type { ServerLocale } from './locale';

/** An issue's message in the server's languages other than English. */
export type IssueTranslations = Readonly<Partial<Record<Exclude<ServerLocale, 'en'>, string>>>;

/**
 * zod's Portuguese wording is European ("Demasiado grande", "ficheiro"); a Brazilian hospital reads the Brazilian
 * words, so the few that differ are replaced. Everything else is zod's own translation.
 */
const BRAZILIAN: readonly (readonly [RegExp, string])[] = [
  [/Demasiado grande/g, 'Grande demais'],
  [/Demasiado pequeno/g, 'Pequeno demais'],
  [/ficheiro/g, 'arquivo'],
  [/registo/g, 'registro'],
  [/tuplo/g, 'tupla'],
  [/deve começar por/g, 'deve começar com'],
];

const portuguese = z.locales.pt().localeError;

/** What zod says about a raw issue in Brazilian Portuguese (a missing value is "Obrigatório", as on paper forms). */
function brazilian(issue: Parameters<typeof portuguese>[0]): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Obrigatório';
  const said = portuguese(issue);
  const text = typeof said === 'string' ? said : said?.message;
  return text === undefined ? undefined : BRAZILIAN.reduce((t, [from, to]) => t.replace(from, to), text);
}

/**
 * A per-parse error map that keeps zod's English message (it answers nothing, so zod's default applies) and writes
 * the issue's translations beside it, while the raw issue still holds the input its wording needs (the received
 * type). zod copies the raw issue's own members into the final one, so `translations` reaches the ZodError; the
 * input itself does not. A message a schema words itself outranks this map and gets no translation.
 */
export const zodIssueTranslations = (issue: Parameters<typeof portuguese>[0]): undefined => {
  const pt = brazilian(issue);
  if (pt !== undefined) (issue as { translations?: IssueTranslations }).translations = { 'pt-BR': pt };
  return undefined;
};
