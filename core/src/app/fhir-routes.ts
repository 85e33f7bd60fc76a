import { FHIR_BASE_PATH, ValidationError, type Actor, type FhirRequest, type RouteResponse } from '@hms/sdk';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { UnauthenticatedError } from '../auth/unauthenticated-error';
import type { AuditSink } from '../buses/audit-sink';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { FhirGateway } from '../fhir/fhir-gateway';
import { toProblem } from '../http/problem';
import { pathOf } from '../logging/serializers';
import { tokenOf } from './request-auth';

export interface FhirRouteDeps {
  readonly gateway: FhirGateway;
  readonly authenticate: (token: string) => Promise<Actor | null>;
  readonly audit: AuditSink;
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** 16 MiB: a bundle of some thousands of entries; the server itself bounds the entries it takes. */
const FHIR_BODY_LIMIT = 16 * 1_048_576;

/**
 * Mounts the enabled FHIR server at `/fhir/R4` (nothing when no plugin provides one, so the path answers 404). The
 * session is checked here as for `/api` routes; everything else is the server's, and every refusal, a missing
 * session included, is answered in the server's own shape (an OperationOutcome) with the status an API problem
 * would carry. A request without a session is audited: FHIR serves patient data.
 */
export function mountFhirServer(fastify: FastifyInstance, deps: FhirRouteDeps): void {
  const server = deps.gateway.server?.item;
  if (!server) return;
  acceptFhirJson(fastify);
  const refuse = (reply: FastifyReply, error: unknown, correlationId: string): FastifyReply => {
    const { status, body } = toProblem(error, correlationId, { instance: pathOf(reply.request.url) });
    if (status >= 500) deps.logger.error({ err: error, correlationId }, 'FHIR request failed');
    if (status === 401) void reply.header('www-authenticate', 'Bearer');
    const answer = server.refuse({
      status,
      code: body.code,
      detail: body.detail,
      correlationId,
      ...(body.errors ? { issues: body.errors } : {}),
    });
    return send(reply, { ...answer, status });
  };
  const handler = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const correlationId = String(request.id);
    try {
      // What the server answers anyone (its CapabilityStatement) is answered before the session is asked for.
      const open = server.handlePublic?.(
        fhirRequest(request),
        deps.gateway.contributions,
        deps.clock.now().toISOString(),
      );
      if (open) return send(reply, open);
      const actor = await authenticated(request, deps, correlationId);
      const response = await deps.gateway.handle(fhirRequest(request), {
        actor,
        correlationId,
        source: request.ip ?? null,
      });
      return send(reply, response);
    } catch (error) {
      return refuse(reply, error, correlationId);
    }
  };
  for (const url of [FHIR_BASE_PATH, `${FHIR_BASE_PATH}/*`]) {
    fastify.route({
      method: [...METHODS],
      url,
      // A large bundle imported in the background (`Prefer: respond-async`) may be bigger than an /api body.
      bodyLimit: FHIR_BODY_LIMIT,
      handler,
      errorHandler: (error, request, reply) => refuse(reply, error, String(request.id)),
    });
  }
}

function send(reply: FastifyReply, response: RouteResponse): FastifyReply {
  if (response.headers) void reply.headers(response.headers);
  return reply.status(response.status ?? 200).send(response.body ?? null);
}

function fhirRequest(request: FastifyRequest): FhirRequest {
  const path = pathOf(request.url).slice(FHIR_BASE_PATH.length);
  return {
    method: request.method,
    path: path === '/' ? '' : path,
    query: request.query as Record<string, string | string[] | undefined>,
    headers: request.headers,
    baseUrl: `${request.protocol}://${request.host}${FHIR_BASE_PATH}`,
    ...(request.body === undefined || request.body === null ? {} : { body: request.body }),
  };
}

/**
 * FHIR's own JSON media type (R4 3.1.0.1.1) is parsed as JSON, within the server's body limit; a body that is not
 * JSON fails here, as a 400 the route answers as an OperationOutcome.
 */
function acceptFhirJson(fastify: FastifyInstance): void {
  if (fastify.hasContentTypeParser('application/fhir+json')) return;
  fastify.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, (_request, text, done) => {
    try {
      done(null, JSON.parse(String(text)) as unknown);
    } catch {
      done(new ValidationError([{ path: 'body', message: 'The body is not JSON' }], 'FHIR_BODY_INVALID'), undefined);
    }
  });
}

async function authenticated(request: FastifyRequest, deps: FhirRouteDeps, correlationId: string): Promise<Actor> {
  const token = tokenOf(request.headers);
  const actor = token ? await deps.authenticate(token) : null;
  if (actor) return actor;
  await deps.audit.record(deps.db, {
    at: deps.clock.now(),
    actorId: null,
    action: 'fhir.request',
    patientIds: [],
    outcome: 'unauthenticated',
    source: request.ip ?? null,
    correlationId,
  });
  throw new UnauthenticatedError(token ? 'SESSION_EXPIRED' : 'AUTHENTICATION_REQUIRED');
}
