import { currentLocale } from '@hms/sdk/client';

/**
 * The headers of `init` with `Accept-Language` set to the language the user chose in the client (unless the caller
 * set one), so the server's own words — problem titles, field messages, the PDFs it prints — are in that language
 * too, whatever the browser's setting. Accept-Language is a CORS-safelisted header: no preflight.
 */
export function withLanguage(headers: HeadersInit | undefined): Headers {
  const merged = new Headers(headers);
  if (!merged.has('accept-language')) merged.set('accept-language', currentLocale());
  return merged;
}
