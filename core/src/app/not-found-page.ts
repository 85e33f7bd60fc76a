import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The page a person sees for an address outside the API that names no file of the web client (a mistyped
 * `/report.pdf`, an undecodable URL): styled like the client, with the way back, instead of a bare JSON 404.
 * Plain HTML with inline styles only (the Content-Security-Policy allows inline styles, never inline scripts).
 */
const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found · Hospital management system</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; color: #1b1f24; background: #fff; line-height: 1.5; }
  header { display: flex; gap: 1rem; align-items: center; padding: 0.5rem 1rem; background: #f4f6f8;
    border-bottom: 1px solid #c9d1d9; }
  header a.brand { font-weight: 700; color: #1b1f24; text-decoration: none; }
  nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
  main { padding: 1rem; max-width: 60rem; }
  a { color: #0b4f8a; }
  a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
</style>
</head>
<body>
<header>
  <a class="brand" href="/">Hospital management system</a>
  <nav aria-label="Site"><ul><li><a href="/">Start page</a></li><li><a href="/login">Sign in</a></li></ul></nav>
</header>
<main id="main">
  <h1>Page not found</h1>
  <p>There is nothing at this address. It may have been mistyped, or the page was moved.</p>
  <p><a href="/">Back to the start page</a></p>
</main>
</body>
</html>
`;

/**
 * Answers 404: this page to a browser asking for a page (`Accept: text/html`), the API's problem+json to anything
 * else, so a broken `<script src>` or a missing asset still fails loudly for the code that asked.
 */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply | void {
  if (!wantsPage(request)) return reply.callNotFound();
  return sendNotFoundPage(reply, 404);
}

/** The page, with the status the refusal carries (404, or 400 for an address that cannot even be decoded). */
export function sendNotFoundPage(reply: FastifyReply, status: number): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(NOT_FOUND_PAGE);
}

/** A browser navigating to a page (GET, `Accept: text/html`), not code fetching data or an asset. */
export function wantsPage(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return request.method === 'GET' && /\btext\/html\b/.test(accept);
}

/** A browser navigating to an address of the web client's (outside `/api`, `/health` and `/fhir`). */
export function wantsClientPage(request: FastifyRequest): boolean {
  return wantsPage(request) && !/^\/(api|health|fhir)(\/|\?|%|$)/i.test(request.url);
}
