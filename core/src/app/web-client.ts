import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendNotFound } from './not-found-page';
import { sendStaticFile } from './static-file';

/** SvelteKit puts content-hashed files here: they never change, so browsers may keep them for a year. */
const IMMUTABLE_PREFIX = '/_app/immutable/';

const NOT_BUILT_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hospital management system</title></head>' +
  '<body><h1>The web client is not built</h1><p>The API is running (see <a href="/api/docs">/api/docs</a>). ' +
  'Build the client with <code>pnpm --filter @hms/web build</code> and restart the server.</p></body></html>';

/**
 * Serves the built single-page client: GET / and every path outside /api, /health and /fhir. A path naming a file in
 * `webRoot` gets that file; any other path without a file extension is one of the client's own routes and gets
 * index.html (the client routes it). Nothing outside `webRoot` is ever read.
 */
export function mountWebClient(fastify: FastifyInstance, webRoot: string | undefined): void {
  const root = webRoot ? path.resolve(webRoot) : undefined;
  const built = root !== undefined && isFile(path.join(root, 'index.html'));
  const handler = (request: FastifyRequest, reply: FastifyReply): FastifyReply | void => {
    const pathname = decodedPath(request.url);
    if (pathname === undefined) return sendNotFound(request, reply);
    if (isServerPath(pathname)) return reply.callNotFound();
    if (!built) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(NOT_BUILT_PAGE);
    const file = path.resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + path.sep)) return sendNotFound(request, reply);
    if (pathname !== '/' && isFile(file)) return sendStaticFile(reply, file, pathname.startsWith(IMMUTABLE_PREFIX));
    // A missing asset is a 404, not the app's page (a broken <script src> should fail loudly).
    if (path.extname(pathname) !== '' || pathname.startsWith('/_app/')) return sendNotFound(request, reply);
    return sendStaticFile(reply, path.join(root, 'index.html'), false);
  };
  fastify.get('/', handler);
  fastify.get('/*', handler);
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The Content-Security-Policy sources (`'sha256-…'`) of the inline scripts in the built client's HTML pages: SvelteKit
 * starts the app from one inline script, and a hash allows exactly that script and nothing injected beside it.
 * Read once at start; a rebuilt client is picked up by a restart, like its other files.
 * @example
 * inlineScriptHashes('apps/web/build'); // ["'sha256-…'"]
 */
export function inlineScriptHashes(webRoot: string | undefined): string[] {
  if (!webRoot || !isDirectory(webRoot)) return [];
  const pages = readdirSync(webRoot, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const hashes = new Set<string>();
  for (const page of pages) {
    for (const [, code] of readFileSync(path.join(webRoot, page), 'utf8').matchAll(INLINE_SCRIPT)) {
      hashes.add(
        `'sha256-${createHash('sha256')
          .update(code ?? '')
          .digest('base64')}'`,
      );
    }
  }
  return [...hashes].sort();
}

function isDirectory(folder: string): boolean {
  return statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** The decoded path of a URL without its query, or undefined when it cannot be decoded or hides a NUL. */
function decodedPath(url: string): string | undefined {
  const raw = url.split('?')[0] ?? '/';
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

function isServerPath(pathname: string): boolean {
  return /^\/(api|health|fhir)(\/|$)/.test(pathname);
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
