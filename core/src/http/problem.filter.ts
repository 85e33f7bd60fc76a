import { randomUUID } from 'node:crypto';
import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { negotiateLocale } from '@hms/sdk';
import { Logger } from 'pino';
import { pathOf, serializeRequest, type LoggableRequest } from '../logging/serializers';
import { PROBLEM_CONTENT_TYPE, toProblem, type ProblemDetails } from './problem';

/** The parts of a Fastify request the filter reads. */
export interface ProblemRequest extends LoggableRequest {
  readonly id?: unknown;
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>;
}

/** The parts of a Fastify reply the filter uses (typed by shape: `fastify` is not a direct dependency). */
export interface ProblemReply {
  readonly sent?: boolean;
  readonly raw?: { readonly headersSent?: boolean };
  status(statusCode: number): ProblemReply;
  header(name: string, value: string): ProblemReply;
  send(payload: string): unknown;
}

export type CorrelationIdOf = (request: ProblemRequest) => string;

/** Fastify gives every request an id (`genReqId`); that id is also on the request's log lines. */
const requestId: CorrelationIdOf = (request) =>
  request.id === undefined || request.id === null || request.id === '' ? randomUUID() : String(request.id);

/**
 * 4xx answers worth an operator's attention at the default level: failed sign-ins and refused permissions
 * are what a security review looks for. The rest (bad input, unknown ids, conflicts) is the client's
 * business and logged at debug.
 */
const NOTICED_4XX: ReadonlySet<number> = new Set([401, 403]);

/**
 * The kernel's one exception filter: everything thrown while serving an HTTP request becomes an RFC 9457
 * problem+json answer (see {@link toProblem}) carrying a correlation id, which is also sent as
 * `x-correlation-id` and written on the log line, so a user quoting it leads straight to the stack trace.
 * @example
 * app.useGlobalFilters(new ProblemFilter(logger));
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly correlationIdOf: CorrelationIdOf = requestId,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') {
      // WebSocket (collab) and other transports answer errors their own way; never lose the error, though.
      this.logger.error({ err: exception, transport: host.getType() }, 'Unhandled error outside HTTP');
      return;
    }
    const http = host.switchToHttp();
    const request = http.getRequest<ProblemRequest>();
    const reply = http.getResponse<ProblemReply>();
    const correlationId = this.correlationIdOf(request);
    // `instance` is the path only: a query string may carry patient search terms.
    // The reader's language for the title and the server's own words; the log line stays English.
    const locale = negotiateLocale(request.headers?.['accept-language']);
    const { status, body } = toProblem(exception, correlationId, { instance: pathOf(request.url ?? '/'), locale });
    this.log(exception, body, request);
    // A streamed answer that already started cannot be replaced; the log line is all we can do.
    if (reply.sent || reply.raw?.headersSent) return;
    reply
      .status(status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('x-correlation-id', correlationId)
      .header('content-language', locale)
      .header('vary', 'Accept-Language')
      // Serialized here so a route's response schema or serializer can never reshape the problem.
      .send(JSON.stringify(body));
  }

  private log(exception: unknown, problem: ProblemDetails, request: ProblemRequest): void {
    const fields = {
      correlationId: problem.correlationId,
      status: problem.status,
      code: problem.code,
      req: serializeRequest(request),
    };
    if (problem.status >= 500) {
      this.logger.error({ ...fields, err: exception }, 'Request failed');
      return;
    }
    // No detail or field messages: a client error needs its code to be traced, not the submitted values.
    const level = NOTICED_4XX.has(problem.status) ? 'info' : 'debug';
    this.logger[level](fields, 'Request refused');
  }
}
