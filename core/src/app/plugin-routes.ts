import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  HmsError,
  ValidationError,
  type Actor,
  type PermissionDefinition,
  type RouteDefinition,
  type RouteRequest,
  type RouteResponse,
  type WebhookAuthentication,
  type WebhookRequest,
} from '@hms/sdk';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { UnauthenticatedError } from '../auth/unauthenticated-error';
import { auditOutcomeOf } from '../buses/audit-outcome';
import type { AuditSink } from '../buses/audit-sink';
import type { CommandExecutor } from '../buses/command-executor';
import type { QueryExecutor } from '../buses/query-executor';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { commandInput } from './command-input';
import { pathOf } from '../logging/serializers';
import type { UnroutableAudit } from './http-edge';
import { tokenOf } from './request-auth';

export interface PluginRouteDeps {
  readonly registry: PluginRegistry;
  /**
   * The kernel's executors themselves: HTTP is one caller among jobs, reactions, seeds and tests, with no layer of its
   * own.
   */
  readonly commands: CommandExecutor;
  readonly queries: QueryExecutor;
  readonly authenticate: (token: string) => Promise<Actor | null>;
  readonly audit: AuditSink;
  readonly db: Database;
  readonly clock: Clock;
  /** Answers an error as problem+json (the same mapping the Nest filter uses). */
  readonly sendProblem: (reply: FastifyReply, error: unknown, correlationId: string) => FastifyReply;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Mounts every enabled plugin's routes under `/api`. A route only maps HTTP to a command or query: the token is
 * checked here, everything else (permission, validation, transaction, audit) happens in the kernel's executors, the
 * same for HTTP, jobs and tests. A disabled plugin's routes are never mounted, so they answer 404.
 */
export function mountPluginRoutes(fastify: FastifyInstance, deps: PluginRouteDeps): UnroutableAudit {
  const patterns: { route: RouteDefinition; pattern: RegExp; literals: number }[] = [];
  for (const plugin of deps.registry.plugins) {
    for (const route of plugin.routes) {
      const webhook = 'command' in route ? route.webhook : undefined;
      fastify.route({
        method: route.method,
        url: `/api${route.path}`,
        // A webhook's signature is over the bytes as sent, so they are kept beside the parsed body.
        ...(webhook ? { preParsing: keepRawBody } : {}),
        handler: (request, reply) =>
          webhook && 'command' in route
            ? handleWebhook(route, webhook, plugin.name, plugin.options ?? {}, request, reply, deps)
            : handle(route, request, reply, deps),
        // What is refused before the handler runs (bad JSON, a body too large, the input guard) is audited too.
        errorHandler: (error, request, reply) => refuseBeforeBus(route, error, request, reply, deps),
      });
      patterns.push(patternOf(route));
    }
  }
  return async (error, request) => {
    const path = pathOf(request.url);
    const matched = patterns
      .filter(({ route, pattern }) => route.method === request.method && pattern.test(path))
      .sort((a, b) => b.literals - a.literals)[0];
    if (matched)
      await auditRefusal(
        matched.route,
        await actorIdOf(request, deps),
        error,
        request.ip ?? null,
        String(request.id),
        deps,
      );
  };
}

/**
 * A route's path as a pattern over the raw (still percent-encoded) path; the most literal match wins, as in the router.
 */
function patternOf(route: RouteDefinition): { route: RouteDefinition; pattern: RegExp; literals: number } {
  const segments = `/api${route.path}`.split('/');
  const pattern = segments
    .map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { route, pattern: new RegExp(`^${pattern}$`), literals: segments.filter((s) => !s.startsWith(':')).length };
}

async function handle(
  route: RouteDefinition,
  request: FastifyRequest,
  reply: FastifyReply,
  deps: PluginRouteDeps,
): Promise<FastifyReply> {
  const correlationId = String(request.id);
  const source = request.ip ?? null;
  try {
    const actor = await authenticated(request, route, deps, correlationId);
    const routeRequest: RouteRequest = {
      params: request.params as Record<string, string>,
      query: request.query as Record<string, string>,
      headers: request.headers,
      body: request.body,
    };
    const response =
      'command' in route
        ? await runCommand(route, routeRequest, actor, correlationId, source, deps)
        : await runQuery(route, routeRequest, actor, correlationId, source, deps);
    if (response.headers) void reply.headers(response.headers);
    return reply.status(response.status ?? route.status ?? 200).send(response.body ?? null);
  } catch (error) {
    return deps.sendProblem(reply, error, correlationId);
  }
}

const WEBHOOK_BODY_LIMIT = 1_048_576;
const rawBodies = new WeakMap<FastifyRequest, Buffer>();

/** Reads the body's bytes once, keeps them for the webhook's signature check, and hands the parser a fresh stream. */
async function keepRawBody(request: FastifyRequest, _reply: FastifyReply, payload: NodeJS.ReadableStream) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    // The same limit as the parser's, checked before the bytes are held.
    if (size > WEBHOOK_BODY_LIMIT) throw Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    chunks.push(bytes);
  }
  const raw = Buffer.concat(chunks);
  rawBodies.set(request, raw);
  return Readable.from([raw]);
}

/**
 * A route another system calls (SDK 2.2 `webhook`): no session; the plugin's `accept` checks the request against
 * the plugin's options and builds the command's data, sent as `webhook:<plugin>` holding only the command's
 * permission. A request `accept` refuses is audited like an unauthenticated call and sends nothing.
 */
async function handleWebhook(
  route: Extract<RouteDefinition, { command: unknown }>,
  webhook: WebhookAuthentication,
  pluginName: string,
  options: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  deps: PluginRouteDeps,
): Promise<FastifyReply> {
  const correlationId = String(request.id);
  const source = request.ip ?? null;
  const permission = permissionOf(route, deps.registry);
  const actorId = `webhook:${pluginName}`;
  const actor = new AuthenticatedActor(
    actorId,
    actorId,
    `Webhook of ${pluginName}`,
    new Set(permission ? [permission.name] : []),
  );
  try {
    const webhookRequest: WebhookRequest = {
      params: request.params as Record<string, string>,
      query: request.query as Record<string, string>,
      headers: request.headers,
      body: request.body,
      rawBody: rawBodies.get(request) ?? Buffer.alloc(0),
    };
    const data = await beforeBus(route, actor, correlationId, source, deps, () =>
      webhook.accept(webhookRequest, options),
    );
    if (data === undefined) {
      const refused = new UnauthenticatedError('WEBHOOK_NOT_AUTHENTICATED');
      await auditRefusal(route, null, refused, source, correlationId, deps);
      throw refused;
    }
    const result = await deps.commands.execute({ type: route.command.type, data, actor, correlationId, source });
    const response = route.respond ? route.respond(result, webhookRequest) : { body: result };
    if (response.headers) void reply.headers(response.headers);
    return reply.status(response.status ?? route.status ?? 200).send(response.body ?? null);
  } catch (error) {
    return deps.sendProblem(reply, error, correlationId);
  }
}

async function runCommand(
  route: Extract<RouteDefinition, { command: unknown }>,
  request: RouteRequest,
  actor: Actor,
  correlationId: string,
  source: string | null,
  deps: PluginRouteDeps,
): Promise<RouteResponse> {
  const { key, data } = await beforeBus(route, actor, correlationId, source, deps, () => {
    const given = request.headers['idempotency-key'];
    if (given !== undefined && (typeof given !== 'string' || !IDEMPOTENCY_KEY.test(given))) {
      throw new ValidationError([{ path: 'Idempotency-Key', message: 'Expected 1–255 visible ASCII characters' }]);
    }
    return { key: given, data: route.input ? route.input(request) : commandInput(request) };
  });
  const result = await deps.commands.execute({
    type: route.command.type,
    data,
    actor,
    commandId: key,
    correlationId,
    source,
  });
  return route.respond ? route.respond(result, request) : { body: result };
}

async function runQuery(
  route: Extract<RouteDefinition, { query: unknown }>,
  request: RouteRequest,
  actor: Actor,
  correlationId: string,
  source: string | null,
  deps: PluginRouteDeps,
): Promise<RouteResponse> {
  const params = await beforeBus(route, actor, correlationId, source, deps, () =>
    route.input ? route.input(request) : { ...request.query, ...request.params },
  );
  const result = await deps.queries.execute({ type: route.query.type, params, actor, correlationId, source });
  return route.respond ? route.respond(result, request) : { body: result };
}

/**
 * Maps the request to the message. The bus audits everything it refuses; what fails here never reaches it, so it is
 * audited here. A route's `input` that throws on a body it did not expect (`[]`, a string) is the caller's bad input.
 */
async function beforeBus<T>(
  route: RouteDefinition,
  actor: Actor,
  correlationId: string,
  source: string | null,
  deps: PluginRouteDeps,
  build: () => T,
): Promise<T> {
  try {
    return build();
  } catch (thrown) {
    const error =
      thrown instanceof HmsError
        ? thrown
        : new ValidationError([{ path: '', message: 'The request does not fit this route' }], 'MALFORMED_REQUEST');
    await auditRefusal(route, actor.id, error, source, correlationId, deps);
    throw error;
  }
}

/** Answers an error Fastify met before the handler (body parsing, the input guard), audited like any refusal. */
async function refuseBeforeBus(
  route: RouteDefinition,
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  deps: PluginRouteDeps,
): Promise<FastifyReply> {
  const correlationId = String(request.id);
  try {
    await auditRefusal(route, await actorIdOf(request, deps), error, request.ip ?? null, correlationId, deps);
  } catch (auditError) {
    return deps.sendProblem(reply, auditError, correlationId);
  }
  return deps.sendProblem(reply, error, correlationId);
}

/** Who sent a refused request, when its token is valid (the audit names them; nothing else depends on it). */
async function actorIdOf(request: FastifyRequest, deps: PluginRouteDeps): Promise<string | null> {
  const token = tokenOf(request.headers);
  return token ? ((await deps.authenticate(token))?.id ?? null) : null;
}

/** A refusal at the edge: no patient id is taken from input that was refused (it may be the attack itself). */
async function auditRefusal(
  route: RouteDefinition,
  actorId: string | null,
  error: unknown,
  source: string | null,
  correlationId: string,
  deps: PluginRouteDeps,
): Promise<void> {
  if (!permissionOf(route, deps.registry)?.patientData) return;
  const code = error instanceof HmsError ? error.code : String((error as { code?: unknown }).code ?? 'INVALID_REQUEST');
  await deps.audit.record(deps.db, {
    at: deps.clock.now(),
    actorId,
    action: messageTypeOf(route),
    patientIds: [],
    outcome: error instanceof HmsError ? auditOutcomeOf(error) : clientFault(error) ? 'invalid' : 'error',
    source,
    correlationId,
    details: { code },
  });
}

/** Fastify's own errors carry their status: below 500 the request was at fault. */
function clientFault(error: unknown): boolean {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** The request's actor; a missing or dead token on a patient-data route is itself an audited access attempt. */
async function authenticated(
  request: FastifyRequest,
  route: RouteDefinition,
  deps: PluginRouteDeps,
  correlationId: string,
): Promise<Actor> {
  const token = tokenOf(request.headers);
  const actor = token ? await deps.authenticate(token) : null;
  if (actor) return actor;
  const permission = permissionOf(route, deps.registry);
  if (permission?.patientData) {
    await deps.audit.record(deps.db, {
      at: deps.clock.now(),
      actorId: null,
      action: messageTypeOf(route),
      patientIds: [],
      outcome: 'unauthenticated',
      source: request.ip ?? null,
      correlationId,
    });
  }
  throw new UnauthenticatedError(token ? 'SESSION_EXPIRED' : 'AUTHENTICATION_REQUIRED');
}

function messageTypeOf(route: RouteDefinition): string {
  return 'command' in route ? route.command.type : route.query.type;
}

function permissionOf(route: RouteDefinition, registry: PluginRegistry): PermissionDefinition | undefined {
  return 'command' in route
    ? registry.commands.get(route.command.type)?.item.permission
    : registry.queries.get(route.query.type)?.item.permission;
}
