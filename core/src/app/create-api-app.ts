import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { LoginThrottle } from '../auth/login-throttle';
import { AuthChangeListener } from '../auth/auth-change-listener';
import { SessionCache } from '../auth/session-cache';
import { SessionService } from '../auth/session.service';
import { CollabServer } from '../collab/collab-server';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../http/problem';
import { ProblemFilter } from '../http/problem.filter';
import type { Kernel } from '../kernel/kernel';
import { NestPinoLogger } from '../logging/logger';
import { pathOf } from '../logging/serializers';
import { ApiModule } from './api.module';
import type { ApiOptions } from './api-options';
import { edgeServerOptions, guardRequestInput, refuseCrossOriginWrites, type UnroutableAudit } from './http-edge';
import { scopePermissions } from '../fhir/scope-permissions';
import { FhirGateway } from '../fhir/fhir-gateway';
import { mountFhirServer } from './fhir-routes';
import { mountPluginClients } from './plugin-clients';
import { mountPluginRoutes } from './plugin-routes';
import { applySecurityHeaders } from './security-headers';
import { inlineScriptHashes, mountWebClient } from './web-client';

const CORRELATION_HEADER = 'x-correlation-id';
const CORRELATION_ID = /^[A-Za-z0-9._-]{8,100}$/;

/**
 * Builds the HTTP application on Fastify around a booted kernel: the kernel's own routes as Nest controllers,
 * every enabled plugin's routes mounted under /api, one problem+json error shape for both, and a correlation id
 * on every request (taken from `x-correlation-id` when a caller sends a sane one) that appears on every log line.
 */
export async function createApiApp(
  kernel: Kernel,
  logger: Logger,
  options: ApiOptions,
): Promise<NestFastifyApplication> {
  const edge: { auditUnroutable?: UnroutableAudit } = {};
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    requestIdHeader: false,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers[CORRELATION_HEADER];
      return typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 1_048_576,
    trustProxy: options.trustProxy,
    ...edgeServerOptions(edge),
  });
  // Sign-in counters shared by every API instance of this installation, in its Redis namespace.
  const throttle = new LoginThrottle({
    redisUrl: options.redisUrl,
    prefix: options.redisPrefix ?? kernel.jobs?.prefix ?? kernel.installation?.defaultRedisPrefix,
    limits: options.loginLimits,
  });
  const cache = options.sessionCache ? new SessionCache() : undefined;
  const authChanges =
    cache && options.sessionCache
      ? new AuthChangeListener(options.sessionCache.databaseUrl, cache, {
          onError: (err) => logger.warn({ err }, 'Lost the notifications of session changes; reconnecting'),
        })
      : undefined;
  await authChanges?.start();
  const sessions = new SessionService(kernel.db, {
    clock: kernel.clock,
    throttle,
    scopePermissions: scopePermissions(kernel.registry),
    ...(cache ? { cache } : {}),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forKernel(kernel, sessions, options),
    adapter,
    {
      logger: new NestPinoLogger(logger),
    },
  );
  await applySecurityHeaders(app, { scriptHashes: inlineScriptHashes(options.webRoot), hsts: options.secureCookies });
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.useGlobalFilters(new ProblemFilter(logger));
  const fastify = app.getHttpAdapter().getInstance();
  refuseCrossOriginWrites(fastify, { trustProxy: options.trustProxy });
  guardRequestInput(fastify);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header(CORRELATION_HEADER, String(request.id));
  });
  edge.auditUnroutable = mountPluginRoutes(fastify, {
    registry: kernel.registry,
    commands: kernel.commands,
    queries: kernel.queries,
    authenticate: (token) => sessions.authenticate(token),
    audit: kernel.audit,
    db: kernel.db,
    clock: kernel.clock,
    sendProblem: (reply, error, correlationId) => {
      const { status, body } = toProblem(error, correlationId, { instance: pathOf(reply.request.url) });
      if (status >= 500) logger.error({ err: error, correlationId }, 'Request failed');
      if (status === 401) void reply.header('www-authenticate', 'Bearer');
      return reply.status(status).type(PROBLEM_CONTENT_TYPE).send(body);
    },
  });
  // FHIR R4 at /fhir/R4, when an enabled plugin provides the server; its reads go through the same executors.
  mountFhirServer(fastify, {
    gateway: new FhirGateway(kernel.registry, {
      queries: kernel.queries,
      commands: kernel.commands,
      audit: kernel.audit,
      db: kernel.db,
      clock: kernel.clock,
      care: kernel.access.care,
      ...(kernel.jobs
        ? {
            enqueue: (name: string, payload: unknown, options: { jobId: string }) =>
              kernel.enqueue(name, payload, options),
          }
        : {}),
    }),
    authenticate: (token) => sessions.authenticate(token),
    audit: kernel.audit,
    db: kernel.db,
    clock: kernel.clock,
    logger,
  });
  mountPluginClients(fastify, kernel.registry.plugins);
  mountWebClient(fastify, options.webRoot);
  // Co-edited documents on the API's own port; closed before the HTTP server, after persisting what is queued.
  const collab = new CollabServer(kernel, sessions, logger, {
    ...options.collab,
    redisUrl: options.redisUrl,
    trustProxy: options.trustProxy,
  });
  collab.attach(fastify.server);
  fastify.addHook('preClose', async () => collab.close());
  fastify.addHook('onClose', async () => throttle.close());
  fastify.addHook('onClose', async () => authChanges?.stop());
  await app.init();
  return app;
}
