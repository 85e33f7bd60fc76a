import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface SecurityHeaderOptions {
  /** `'sha256-…'` sources of the web client's inline scripts (SvelteKit's bootstrap), the only inline code allowed. */
  readonly scriptHashes: readonly string[];
  /** Send Strict-Transport-Security (only behind HTTPS, i.e. in production). */
  readonly hsts: boolean;
}

/**
 * The browser-facing headers of every answer, set by `@fastify/helmet`: a Content-Security-Policy that allows only
 * this origin's scripts (and the hashed inline bootstrap of the web client), no framing (clickjacking), no Referer
 * leaving with a patient id in the URL, no MIME sniffing. API answers are never stored by a browser or proxy cache
 * (`Cache-Control: no-store`): they carry patient data, and a shared workstation's cache outlives the session.
 * @example
 * await applySecurityHeaders(app, { scriptHashes: inlineScriptHashes(webRoot), hsts: config.production });
 */
export async function applySecurityHeaders(app: NestFastifyApplication, options: SecurityHeaderOptions): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...options.scriptHashes],
        // Svelte and Swagger UI set inline style attributes; styles cannot run code, scripts stay locked down.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // The API serves no cross-origin embeddable resources; COEP would only break the docs page's assets.
    crossOriginEmbedderPolicy: false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      if (/^\/(api|health)(\/|\?|$)/.test(request.url) && !reply.hasHeader('cache-control'))
        void reply.header('cache-control', 'no-store');
    });
}
