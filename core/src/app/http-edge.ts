import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { HttpException } from '@nestjs/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError } from '@hms/sdk';
import { isCrossOriginCookieHandshake } from '../collab/collab-origin';
import { assertAcceptableInput } from '../http/input-guard';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../http/problem';
import { pathOf } from '../logging/serializers';
import { sendNotFoundPage, wantsClientPage } from './not-found-page';

/**
 * Longest path parameter the router matches: Node's whole request head is at most 16 KiB, so every id a client can
 * send reaches its route, where the input guard refuses anything past its own (lower) bound with an audited 400.
 * (With a lower limit a long id would not even be routed: it would fall to the web client's catch-all, unaudited.)
 */
export const ROUTER_MAX_PARAM_LENGTH = 16_384;

/**
 * The Fastify options for answers Fastify gives on its own, before a route runs: a malformed URL (400), a path
 * parameter too long to route (414), and what Node's HTTP parser refuses (431 headers too large, 400, 408). Left to
 * Fastify these are plain JSON in Fastify's own shape; here they are problem+json like every other error.
 */
export function edgeServerOptions(
  edge: { auditUnroutable?: UnroutableAudit },
  maxParamLength = ROUTER_MAX_PARAM_LENGTH,
): {
  routerOptions: { maxParamLength: number };
  frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void;
  clientErrorHandler: (error: Error & { code?: string }, socket: Socket) => void;
} {
  return {
    routerOptions: { maxParamLength },
    frameworkErrors: (error, request, reply) => {
      const answer = (): void => {
        const { status, body } = toProblem(error, String(request.id), { instance: pathOf(request.url) });
        // A person who typed or followed a broken address of the web client gets a page with the way back.
        if (wantsClientPage(request)) void sendNotFoundPage(reply, status);
        else void reply.status(status).type(PROBLEM_CONTENT_TYPE).send(body);
      };
      // A path that is not valid UTF-8 once decoded still names a route (the reviewer's `%ED%A0%80` ids).
      const audit = edge.auditUnroutable ? edge.auditUnroutable(error, request) : Promise.resolve();
      audit.then(answer, (auditError: unknown) => {
        const { status, body } = toProblem(auditError, String(request.id), { instance: pathOf(request.url) });
        void reply.status(status).type(PROBLEM_CONTENT_TYPE).send(body);
      });
    },
    clientErrorHandler: answerClientError,
  };
}

/** Audits a request Fastify refused while routing it, when its path is one of a patient-data route's. */
export type UnroutableAudit = (error: unknown, request: FastifyRequest) => Promise<void>;

/** Every string a route receives passes the input guard first (see `inputIssues`), whichever route it is. */
export function guardRequestInput(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    assertAcceptableInput({ params: request.params, query: request.query, body: request.body });
  });
}

const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SAME_ORIGIN_FETCH: ReadonlySet<string> = new Set(['same-origin', 'none']);

/**
 * Refuses a state-changing request a browser sent from a page of another origin (CSRF). SameSite=Strict keeps the
 * session cookie from other *sites*, but a sibling host or another port of the same site is the same site, and a
 * `fetch(…, { mode: 'no-cors', credentials: 'include' })` from there carries the cookie. Browsers say where a request
 * comes from (`Sec-Fetch-Site`, else `Origin`) and scripts cannot forge either; a request that names neither is not
 * from a browser. A bearer token is not ambient (the page had to hold it), so it is not a CSRF vector.
 */
export function refuseCrossOriginWrites(fastify: FastifyInstance, options: { trustProxy: boolean }): void {
  fastify.addHook('onRequest', async (request) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    if (request.headers.authorization?.startsWith('Bearer ')) return;
    const site = request.headers['sec-fetch-site'];
    const crossOrigin =
      typeof site === 'string'
        ? !SAME_ORIGIN_FETCH.has(site) ||
          isCrossOriginCookieHandshake(request.headers, { queryToken: false, trustProxy: options.trustProxy })
        : isCrossOriginCookieHandshake(request.headers, { queryToken: false, trustProxy: options.trustProxy });
    if (crossOrigin) throw new ForbiddenError('CROSS_ORIGIN_REQUEST');
  });
}

const CLIENT_ERRORS: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** Mirrors Fastify's default client-error handler (same statuses, same socket handling), in problem+json. */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = CLIENT_ERRORS[error.code ?? ''] ?? 400;
  const { body } = toProblem(new HttpException(STATUS_CODES[status] ?? 'Client error', status), randomUUID());
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${body.title}\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}
