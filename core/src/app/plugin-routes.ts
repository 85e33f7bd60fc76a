import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ValidationError, type Actor, type PermissionDefinition, type RouteDefinition, type RouteRequest,
  type RouteResponse,
} from '@hms/sdk';
import { UnauthenticatedError } from '../auth/unauthenticated-error';
import type { AuditSink } from '../buses/audit-sink';
import type { CommandExecutor } from '../buses/command-executor';
import type { QueryExecutor } from '../buses/query-executor';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { commandInput } from './command-input';
import { tokenOf } from './request-auth';

export interface PluginRouteDeps {
  readonly registry: PluginRegistry;
  /** The kernel's executors themselves: HTTP is one caller among jobs, reactions, seeds and tests, with no layer of its own. */
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
export function mountPluginRoutes(fastify: FastifyInstance, deps: PluginRouteDeps): void {
  for (const plugin of deps.registry.plugins) {
    for (const route of plugin.routes) {
      fastify.route({
        method: route.method,
        url: `/api${route.path}`,
        handler: (request, reply) => handle(route, request, reply, deps),
      });
    }
  }
}

async function handle(route: RouteDefinition, request: FastifyRequest, reply: FastifyReply, deps: PluginRouteDeps): Promise<FastifyReply> {
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
    const response = 'command' in route
      ? await runCommand(route, routeRequest, actor, correlationId, source, deps)
      : await runQuery(route, routeRequest, actor, correlationId, source, deps);
    if (response.headers) void reply.headers(response.headers);
    return reply.status(response.status ?? route.status ?? 200).send(response.body ?? null);
  } catch (error) {
    return deps.sendProblem(reply, error, correlationId);
  }
}

async function runCommand(
  route: Extract<RouteDefinition, { command: unknown }>, request: RouteRequest, actor: Actor, correlationId: string,
  source: string | null, deps: PluginRouteDeps,
): Promise<RouteResponse> {
  const key = request.headers['idempotency-key'];
  if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
    throw new ValidationError([{ path: 'Idempotency-Key', message: 'Expected 1–255 visible ASCII characters' }]);
  }
  const result = await deps.commands.execute({
    type: route.command.type, data: route.input ? route.input(request) : commandInput(request), actor,
    commandId: key, correlationId, source,
  });
  return route.respond ? route.respond(result, request) : { body: result };
}

async function runQuery(
  route: Extract<RouteDefinition, { query: unknown }>, request: RouteRequest, actor: Actor, correlationId: string,
  source: string | null, deps: PluginRouteDeps,
): Promise<RouteResponse> {
  const params = route.input ? route.input(request) : { ...request.query, ...request.params };
  const result = await deps.queries.execute({ type: route.query.type, params, actor, correlationId, source });
  return route.respond ? route.respond(result, request) : { body: result };
}

/** The request's actor; a missing or dead token on a patient-data route is itself an audited access attempt. */
async function authenticated(request: FastifyRequest, route: RouteDefinition, deps: PluginRouteDeps, correlationId: string): Promise<Actor> {
  const token = tokenOf(request.headers);
  const actor = token ? await deps.authenticate(token) : null;
  if (actor) return actor;
  const permission = permissionOf(route, deps.registry);
  if (permission?.patientData) {
    await deps.audit.record(deps.db, {
      at: deps.clock.now(), actorId: null, action: messageTypeOf(route), patientIds: [], outcome: 'unauthenticated', source: request.ip ?? null, correlationId,
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
