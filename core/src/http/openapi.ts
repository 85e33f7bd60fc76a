import { STATUS_CODES } from 'node:http';
import type { HttpMethod } from '@hms/sdk';
import { hoistDefinitions, type JsonSchema } from './openapi-schema';
import { OPENAPI_COMPONENTS, problemResponsesFor } from './openapi-components';

/** One HTTP route as the OpenAPI document describes it; the kernel builds these from plugin manifests. */
export interface OpenApiRoute {
  readonly method: HttpMethod;
  /** Express style, as routes are declared: `/api/patients/:id` (becomes `/api/patients/{id}`). */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  /** The owning plugin's name, which groups the routes in the docs page and the generated client. */
  readonly tags: readonly string[];
  readonly permission?: string;
  /** False only for the routes anyone may call (login, health). */
  readonly security: boolean;
  /** JSON schema of the body, for POST, PUT and PATCH. */
  readonly requestBody?: JsonSchema;
  /** JSON schema (an object) of the query string; also supplies the schemas of path parameters it names. */
  readonly query?: JsonSchema;
  readonly response?: JsonSchema;
  /** The success status. */
  readonly status: number;
  /** The media type of the success answer (default `application/json`; `text/event-stream` for a live channel). */
  readonly contentType?: string;
  /** Takes an `Idempotency-Key` header: it becomes the command id, so a retry is answered once. */
  readonly idempotent?: boolean;
  /** The answer carries an `ETag`; a write takes `If-Match` to refuse a stale update. */
  readonly etag?: boolean;
  /** Default: the method and path, camel-cased (`getPatientsById`); the generated client's function names. */
  readonly operationId?: string;
}

export interface OpenApiDocumentInput {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly routes: readonly OpenApiRoute[];
}

/** An OpenAPI 3.1 document (only the top level is typed; operations are plain JSON). */
export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly tags: readonly { readonly name: string }[];
  readonly paths: Record<string, Record<string, JsonSchema>>;
  readonly components: Record<string, Record<string, JsonSchema>>;
}

const BODY_METHODS: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH']);
const PATH_PARAM = /:([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The OpenAPI 3.1 document of the enabled routes, served at `/api/openapi.json`; the web client is generated
 * from it, so it must say exactly what the server accepts and answers, errors included.
 * @throws Error when two routes share a method and path, or a body is declared on a GET or DELETE.
 * @example
 * const document = buildOpenApiDocument({ title: 'HMS API', version: '1.0.0', routes });
 */
export function buildOpenApiDocument(input: OpenApiDocumentInput): OpenApiDocument {
  // Cloned: the document is the caller's to change, and seeding `schemas` with ours (Problem) makes a plugin
  // schema that happens to share a name get renamed instead of replacing it.
  const components = structuredClone(OPENAPI_COMPONENTS);
  const schemas = components.schemas;
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const operationIds = new Set<string>();
  for (const route of input.routes) {
    const path = toOpenApiPath(route.path);
    const operationId = route.operationId ?? defaultOperationId(route);
    const where = `Route ${route.method} ${route.path}`;
    if (paths[path]?.[route.method.toLowerCase()]) throw new Error(`${where} is declared twice`);
    if (operationIds.has(operationId)) {
      throw new Error(`${where}: operationId "${operationId}" is already used`);
    }
    if (route.requestBody && !BODY_METHODS.has(route.method)) {
      throw new Error(`${where}: only POST, PUT and PATCH routes take a request body`);
    }
    operationIds.add(operationId);
    (paths[path] ??= {})[route.method.toLowerCase()] = operationOf(route, operationId, schemas);
  }
  const tags = [...new Set(input.routes.flatMap((route) => route.tags))].sort().map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    info: {
      title: input.title,
      version: input.version,
      ...(input.description ? { description: input.description } : {}),
    },
    tags,
    paths,
    components,
  };
}

/** `/api/patients/:id` → `/api/patients/{id}`. */
export function toOpenApiPath(path: string): string {
  return path.replace(PATH_PARAM, '{$1}');
}

function operationOf(route: OpenApiRoute, operationId: string, schemas: Record<string, JsonSchema>): JsonSchema {
  const base = capitalize(operationId);
  const hoist = (schema: JsonSchema, suffix: string): JsonSchema => hoistDefinitions(schema, base + suffix, schemas);
  const query = route.query && hoist(route.query, 'Query');
  const pathParams = [...route.path.matchAll(PATH_PARAM)].map((match) => match[1] as string);
  const writes = route.method !== 'GET';
  const parameters = [
    ...pathParams.map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: propertyOf(query, name) ?? { type: 'string' },
    })),
    ...queryParameters(query, pathParams),
    ...(route.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ...(route.etag && writes ? [{ $ref: '#/components/parameters/IfMatch' }] : []),
  ];
  return {
    operationId,
    summary: route.summary,
    ...describe(route),
    tags: [...route.tags],
    ...(route.permission ? { 'x-permission': route.permission } : {}),
    security: route.security ? [{ bearer: [] }, { cookie: [] }] : [],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.requestBody ? { requestBody: jsonBody(hoist(route.requestBody, 'Body')) } : {}),
    responses: {
      [String(route.status)]: successResponse(route, route.response && hoist(route.response, 'Response')),
      ...problemResponsesFor({ security: route.security, hasPathParams: pathParams.length > 0, writes }),
    },
  };
}

function jsonBody(schema: JsonSchema): JsonSchema {
  return { required: true, content: { 'application/json': { schema } } };
}

function describe(route: OpenApiRoute): { description?: string } {
  const permission = route.permission ? `Requires the permission \`${route.permission}\`.` : undefined;
  const text = [route.description, permission].filter(Boolean).join('\n\n');
  return text ? { description: text } : {};
}

function successResponse(route: OpenApiRoute, schema: JsonSchema | undefined): JsonSchema {
  return {
    description: STATUS_CODES[route.status] ?? 'Success',
    ...(route.etag ? { headers: { ETag: { $ref: '#/components/headers/ETag' } } } : {}),
    ...(schema && route.status !== 204 ? { content: { [route.contentType ?? 'application/json']: { schema } } } : {}),
  };
}

/** Each property of the query schema becomes one `in: query` parameter (path parameters excepted). */
function queryParameters(query: JsonSchema | undefined, pathParams: readonly string[]): JsonSchema[] {
  const properties = (query?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((query?.required ?? []) as string[]);
  return Object.entries(properties)
    .filter(([name]) => !pathParams.includes(name))
    .map(([name, schema]) => ({
      name,
      in: 'query',
      required: required.has(name),
      ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
      schema,
    }));
}

function propertyOf(schema: JsonSchema | undefined, name: string): JsonSchema | undefined {
  return (schema?.properties as Record<string, JsonSchema> | undefined)?.[name];
}

function defaultOperationId(route: OpenApiRoute): string {
  const words = route.path
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'api')
    .map((segment) => (segment.startsWith(':') ? `By${capitalize(segment.slice(1))}` : camel(segment)));
  return route.method.toLowerCase() + words.map(capitalize).join('');
}

function camel(segment: string): string {
  return segment.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase());
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
