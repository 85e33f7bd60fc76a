import { STATUS_CODES } from 'node:http';
import { HttpException, NotFoundException } from '@nestjs/common';
import { HmsError, toFieldIssues, ValidationError, z, type FieldIssue, type ServerLocale } from '@hms/sdk';
import { DETAILS_PT_BR, FALLBACK_TITLES_PT_BR, FIELD_MESSAGES_PT_BR, TITLES_PT_BR } from './problem-texts.pt-br';

/** The media type of an RFC 9457 answer. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An RFC 9457 problem, with our `code` and `correlationId` extension members. */
export interface ProblemDetails {
  /** A relative URI naming the kind of problem, `/problems/<kebab-code>`, so no host is hard-coded. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** The stable, machine-readable code (`VERSION_CONFLICT`); clients switch on this, not on `detail`. */
  readonly code: string;
  readonly instance?: string;
  /** Quoted by the user when reporting a problem; the same id is in the server's log lines. */
  readonly correlationId: string;
  /** For a 400 on bad input: which fields, and why. */
  readonly errors?: readonly FieldIssue[];
  /**
   * For a refused request (4xx) from the platform's own errors: the error's `details` (ids only, by the
   * {@link HmsError} contract), e.g. the candidate records of a likely duplicate. Never on a 5xx.
   */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface ProblemOptions {
  /** The request path (without its query string, which may carry patient search terms). */
  readonly instance?: string;
  /**
   * The reader's language (negotiated from `Accept-Language`): the title, the kernel's own details and the field
   * messages the server can word in it. English by default. `code` never changes: clients switch on it.
   */
  readonly locale?: ServerLocale;
}

interface Classified {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors?: readonly FieldIssue[];
  readonly details?: Readonly<Record<string, unknown>>;
}

const INVALID_JSON: Classified = {
  status: 400,
  code: 'INVALID_JSON',
  detail: 'The request body is not valid JSON.',
};
const PAYLOAD_TOO_LARGE: Classified = {
  status: 413,
  code: 'PAYLOAD_TOO_LARGE',
  detail: 'The request body is larger than the server accepts.',
};
const UNSUPPORTED_MEDIA_TYPE: Classified = {
  status: 415,
  code: 'UNSUPPORTED_MEDIA_TYPE',
  detail: 'The request body has a content type this route does not take.',
};

/** Problem answers for Fastify's own request errors, by Fastify code. */
const FASTIFY_PROBLEMS: Readonly<Record<string, Classified>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: INVALID_JSON,
  FST_ERR_CTP_EMPTY_JSON_BODY: { ...INVALID_JSON, detail: 'The request body is empty but typed as JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'INVALID_CONTENT_LENGTH',
    detail: 'The request body size differs from its Content-Length.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: UNSUPPORTED_MEDIA_TYPE,
  FST_ERR_CTP_BODY_TOO_LARGE: PAYLOAD_TOO_LARGE,
};

/**
 * Nest rethrows a Fastify error as `new HttpException(fastifyError.message, statusCode)`, dropping its code,
 * so the filter only sees the message. Fastify's messages are fixed strings; matching them finds the code.
 */
const FASTIFY_MESSAGES: ReadonlyMap<string, string> = new Map([
  ["Body is not valid JSON but content-type is set to 'application/json'", 'FST_ERR_CTP_INVALID_JSON_BODY'],
  ["Body cannot be empty when content-type is set to 'application/json'", 'FST_ERR_CTP_EMPTY_JSON_BODY'],
  ['Request body size did not match Content-Length', 'FST_ERR_CTP_INVALID_CONTENT_LENGTH'],
  ['Unsupported Media Type', 'FST_ERR_CTP_INVALID_MEDIA_TYPE'],
  ['Request body is too large', 'FST_ERR_CTP_BODY_TOO_LARGE'],
]);

const TITLES: Readonly<Record<number, string>> = {
  400: 'The request is invalid',
  401: 'Authentication is required',
  403: 'Permission denied',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timed out',
  409: 'The request conflicts with the current state',
  412: 'Precondition failed',
  413: 'Request body too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'A business rule refused the request',
  428: 'Precondition required',
  429: 'Too many requests',
  431: 'Request header fields too large',
  500: 'Internal server error',
  501: 'Not implemented',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

const INTERNAL: Classified = {
  status: 500,
  code: 'INTERNAL_ERROR',
  detail: 'An unexpected error occurred; quote the correlation id when reporting it.',
};

/**
 * Maps anything thrown while serving a request to its RFC 9457 answer. Only the platform's own errors
 * (whose messages carry ids only, by contract) show their message; anything unknown becomes a 500 that
 * reveals nothing of the original error — the log line with the same correlation id holds the details.
 * @example
 * const { status, body } = toProblem(error, request.id, { instance: '/api/patients/123' });
 */
export function toProblem(
  error: unknown,
  correlationId: string,
  options: ProblemOptions = {},
): { status: number; body: ProblemDetails } {
  const { status, code, detail, errors, details } = classify(error);
  const portuguese = options.locale === 'pt-BR';
  const body: ProblemDetails = {
    type: `/problems/${kebab(code)}`,
    title: portuguese ? titlePtBr(status) : titleOf(status),
    status,
    detail: (portuguese ? DETAILS_PT_BR[code] : undefined) ?? detail,
    code,
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    correlationId,
    ...(errors === undefined ? {} : { errors: errors.map(portuguese ? fieldIssuePtBr : fieldIssueEn) }),
    ...(details === undefined ? {} : { details }),
  };
  return { status, body };
}

/** A field issue as English readers get it: path and message only. */
function fieldIssueEn({ path, message }: FieldIssue): FieldIssue {
  return { path, message };
}

/** A field issue in Brazilian Portuguese: zod's own translation, else the kernel's list, else the English text. */
function fieldIssuePtBr(issue: FieldIssue): FieldIssue {
  const message = issue.translations?.['pt-BR'] ?? FIELD_MESSAGES_PT_BR[issue.message] ?? issue.message;
  return { path: issue.path, message };
}

function titlePtBr(status: number): string {
  return TITLES_PT_BR[status] ?? (status < 500 ? FALLBACK_TITLES_PT_BR.refused : FALLBACK_TITLES_PT_BR.failed);
}

function classify(error: unknown): Classified {
  if (error instanceof ValidationError) {
    // Only path and message reach the client: toProblem picks the message in the reader's language.
    const errors = error.issues.map(({ path, message, translations }) => ({
      path,
      message,
      ...(translations === undefined ? {} : { translations }),
    }));
    return { status: 400, code: error.code, detail: error.message, errors };
  }
  if (error instanceof HmsError) {
    if (!isErrorStatus(error.status)) return INTERNAL;
    // A refusal's details help the client act (which candidates, which permission); a server error's stay in the log.
    const details = error.status < 500 ? publicDetails(error.details) : undefined;
    return { status: error.status, code: error.code, detail: error.message, ...(details ? { details } : {}) };
  }
  if (error instanceof z.ZodError) return classify(new ValidationError(toFieldIssues(error)));
  if (error instanceof HttpException) return classifyHttpException(error);
  if (isFastifyError(error)) {
    const known = FASTIFY_PROBLEMS[error.code];
    if (known) return known;
    return isErrorStatus(error.statusCode) && error.statusCode < 500 ? generic(error.statusCode) : INTERNAL;
  }
  // A JSON body parser that throws SyntaxError marks it with a 400; a bare SyntaxError is a bug (500).
  if (error instanceof SyntaxError && statusOf(error) === 400) return INVALID_JSON;
  return INTERNAL;
}

function classifyHttpException(error: HttpException): Classified {
  // The domain never throws Nest's exceptions (it throws NotFoundError), so a NotFoundException is Nest's
  // answer to a path no route matches. Its message repeats the URL, query string included: not echoed.
  if (error instanceof NotFoundException) {
    return { status: 404, code: 'ROUTE_NOT_FOUND', detail: 'No route matches this method and path.' };
  }
  const status = error.getStatus();
  const fastifyCode = FASTIFY_MESSAGES.get(error.message);
  const known = fastifyCode === undefined ? undefined : FASTIFY_PROBLEMS[fastifyCode];
  if (known && known.status === status) return known;
  if (status === 413) return PAYLOAD_TOO_LARGE;
  if (status === 415) return UNSUPPORTED_MEDIA_TYPE;
  return isErrorStatus(status) ? generic(status) : INTERNAL;
}

/**
 * The details a client may see: plain JSON only (an object nested in them that is not data, such as an Error or a
 * class instance, is dropped rather than shown), and nothing when there is nothing to say.
 */
function publicDetails(details: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> | undefined {
  let plain: Record<string, unknown>;
  try {
    plain = JSON.parse(
      JSON.stringify(details, (_key, value: unknown) => (isPlainData(value) ? value : undefined)),
    ) as Record<string, unknown>;
  } catch {
    return undefined; // a cycle or a bigint: not data a client can use
  }
  return plain && typeof plain === 'object' && Object.keys(plain).length > 0 ? plain : undefined;
}

function isPlainData(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol';
  const proto = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

/** A status-only answer: the exception's message may describe internals, so it is not repeated. */
function generic(status: number): Classified {
  if (status === 500) return INTERNAL;
  const code = (STATUS_CODES[status] ?? (status < 500 ? 'Client error' : 'Server error'))
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_');
  return { status, code, detail: `${titleOf(status)}.` };
}

function titleOf(status: number): string {
  if (TITLES[status]) return TITLES[status];
  return status < 500 ? 'The request was refused' : 'The server could not complete the request';
}

function isErrorStatus(status: unknown): status is number {
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599;
}

function isFastifyError(error: unknown): error is Error & { code: string; statusCode?: number } {
  const code: unknown = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('FST_ERR_');
}

function statusOf(error: Error): unknown {
  const { statusCode, status } = error as { statusCode?: unknown; status?: unknown };
  return statusCode ?? status;
}

/** `VERSION_CONFLICT` → `version-conflict`; anything outside [a-z0-9] becomes a dash, so the URI is valid. */
function kebab(code: string): string {
  return (
    code
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'error'
  );
}
