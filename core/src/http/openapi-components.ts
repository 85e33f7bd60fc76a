import { PROBLEM_CONTENT_TYPE } from './problem';
import type { JsonSchema } from './openapi-schema';

/**
 * The parts of the OpenAPI document every route shares: how to authenticate, the problem+json answer
 * (one schema, matching {@link ProblemDetails}), and the headers of idempotent and versioned writes.
 */

const PROBLEM_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'An RFC 9457 problem. Switch on `code`; `detail` is for people.',
  required: ['type', 'title', 'status', 'detail', 'code', 'correlationId'],
  properties: {
    type: { type: 'string', format: 'uri-reference', examples: ['/problems/version-conflict'] },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    code: { type: 'string', examples: ['VERSION_CONFLICT'] },
    instance: { type: 'string', format: 'uri-reference' },
    correlationId: {
      type: 'string',
      description: 'Quote it when reporting a problem; the server logs carry it.',
    },
    errors: {
      type: 'array',
      description: 'For invalid input: each field at fault.',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string', examples: ['contacts.0.phone'] }, message: { type: 'string' } },
      },
    },
    details: {
      type: 'object',
      additionalProperties: true,
      description:
        'For a refused request (4xx): ids that help the client act, by `code` ' +
        '(e.g. `POSSIBLE_DUPLICATE`: `{ candidates: [{ id, mrn }] }`). Never on a 5xx.',
    },
  },
};

/** Problem answers by status: the component name and its description. */
const PROBLEMS = {
  400: ['BadRequest', 'The input is invalid (malformed JSON, or fields that do not match the schema).'],
  401: ['Unauthenticated', 'No valid session or bearer token.'],
  403: ['Forbidden', 'The caller lacks the permission, or may not see this patient.'],
  404: ['NotFound', 'The resource does not exist.'],
  409: ['Conflict', 'The resource changed meanwhile (stale version or If-Match), or already exists.'],
  422: ['UnprocessableContent', 'A business rule refuses the request; `code` says which.'],
  500: ['InternalError', 'An unexpected error; the body holds only the correlation id.'],
} as const;
type ProblemStatus = keyof typeof PROBLEMS;

function problemResponse(description: string): JsonSchema {
  return {
    description,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}

export const OPENAPI_COMPONENTS = {
  securitySchemes: {
    bearer: { type: 'http', scheme: 'bearer', description: 'A token for API clients.' },
    cookie: { type: 'apiKey', in: 'cookie', name: 'hms_session', description: 'The web client session.' },
  },
  schemas: { Problem: PROBLEM_SCHEMA } as Record<string, JsonSchema>,
  responses: Object.fromEntries(
    Object.values(PROBLEMS).map(([name, description]) => [name, problemResponse(description)]),
  ) as Record<string, JsonSchema>,
  parameters: {
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'A client-made id for this command: a retry with the same key gets the first answer.',
      schema: { type: 'string', minLength: 1, maxLength: 200 },
    },
    IfMatch: {
      name: 'If-Match',
      in: 'header',
      required: false,
      description: 'The ETag last read. When the resource has changed since, the write is refused with 409.',
      schema: { type: 'string' },
    },
  } as Record<string, JsonSchema>,
  headers: {
    ETag: {
      description: 'The version of the resource; send it back as If-Match.',
      schema: { type: 'string' },
    },
  } as Record<string, JsonSchema>,
};

/** Which problems a route can answer: every route may get bad input or a server fault. */
export function problemResponsesFor(route: {
  readonly security: boolean;
  readonly hasPathParams: boolean;
  readonly writes: boolean;
}): Record<string, JsonSchema> {
  const statuses: ProblemStatus[] = [400];
  if (route.security) statuses.push(401, 403);
  if (route.hasPathParams) statuses.push(404);
  if (route.writes) statuses.push(409, 422);
  statuses.push(500);
  return Object.fromEntries(
    statuses.map((status) => [String(status), { $ref: `#/components/responses/${PROBLEMS[status][0]}` }]),
  );
}
