import Negotiator from 'negotiator';
import type { RouteRequest } from './routes';

/**
 * The languages the server writes in: problem answers, field messages and the documents it prints (PDFs). The web
 * client offers the same two. English is the default and the language of the logs. Since SDK 2.10.
 */
export const SERVER_LOCALES = ['en', 'pt-BR'] as const;
export type ServerLocale = (typeof SERVER_LOCALES)[number];

/**
 * The language to answer in, from an `Accept-Language` header (RFC 9110 §12.5.4), negotiated by `negotiator` (the
 * library Express and Fastify's `accepts` use) against {@link SERVER_LOCALES}. A reader asking for a regional
 * variant we do not have gets the language (pt-PT → pt-BR) rather than English; nothing asked, or nothing we have,
 * gets English.
 * @example
 * negotiateLocale('pt-PT,pt;q=0.9,en;q=0.5') // 'pt-BR'
 */
export function negotiateLocale(acceptLanguage: string | readonly string[] | undefined): ServerLocale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage as string | undefined);
  if (!header) return 'en';
  const exact = pick(header);
  if (exact) return exact;
  // Only the primary subtags (pt-PT → pt): 'pt' then matches 'pt-BR', as RFC 4647's basic filtering allows.
  const primary = header
    .split(',')
    .map((range) => range.replace(/^\s*([A-Za-z]{1,8})-[^;]*/, '$1'))
    .join(',');
  return pick(primary) ?? 'en';
}

/** The language a route's request asks for: its `Accept-Language`, negotiated as {@link negotiateLocale} does. */
export function requestLocale(request: Pick<RouteRequest, 'headers'>): ServerLocale {
  return negotiateLocale(request.headers['accept-language']);
}

function pick(header: string): ServerLocale | undefined {
  const [best] = new Negotiator({ headers: { 'accept-language': header } }).languages([...SERVER_LOCALES]);
  return best as ServerLocale | undefined;
}
