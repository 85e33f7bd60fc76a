import { z } from '@hms/sdk';
import { buildOpenApiDocument, toOpenApiPath, type OpenApiDocument, type OpenApiRoute } from './openapi';
import { hoistDefinitions, schemaToOpenApi, type JsonSchema } from './openapi-schema';
import { toProblem } from './problem';

const PatientId = z.object({ id: z.uuid() });
const PatientView = z.object({ id: z.uuid(), name: z.string(), version: z.number().int() });
const PatientSearch = z.object({
  name: z.string().describe('Part of the family or given name'),
  limit: z.number().int().min(1).max(100).optional(),
});
const RegisterPatient = z.object({ name: z.string().min(1), birthDate: z.iso.date() });

const getPatient: OpenApiRoute = {
  method: 'GET',
  path: '/api/patients/:id',
  summary: 'Read a patient',
  tags: ['patient'],
  permission: 'patient:record:read',
  security: true,
  query: schemaToOpenApi(PatientId),
  response: schemaToOpenApi(PatientView),
  status: 200,
  etag: true,
};
const registerPatient: OpenApiRoute = {
  method: 'POST',
  path: '/api/patients',
  summary: 'Register a patient',
  description: 'Creates the record.',
  tags: ['patient'],
  permission: 'patient:record:write',
  security: true,
  requestBody: schemaToOpenApi(RegisterPatient),
  response: schemaToOpenApi(PatientId),
  status: 201,
  idempotent: true,
};

/** Every `$ref` must point at something inside the document. */
function danglingRefs(document: OpenApiDocument): string[] {
  const dangling: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key !== '$ref') visit(value);
      else if (typeof value !== 'string' || !resolves(document, value)) dangling.push(String(value));
    }
  };
  visit(document);
  return dangling;
}

function resolves(document: object, ref: string): boolean {
  if (!ref.startsWith('#/')) return false;
  let node: unknown = document;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node !== undefined && ref !== '#';
}

describe(buildOpenApiDocument.name, () => {
  const document = buildOpenApiDocument({ title: 'HMS API', version: '1.0.0', routes: [getPatient, registerPatient] });
  const read = document.paths['/api/patients/{id}']?.get as Record<string, any>;
  const register = document.paths['/api/patients']?.post as Record<string, any>;

  it('is an OpenAPI 3.1 document with info, tags and both paths', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toEqual({ title: 'HMS API', version: '1.0.0' });
    expect(document.tags).toEqual([{ name: 'patient' }]);
    expect(Object.keys(document.paths).sort()).toEqual(['/api/patients', '/api/patients/{id}']);
  });

  it('has no dangling references and unique operation ids', () => {
    expect(danglingRefs(document)).toEqual([]);
    expect(read.operationId).toBe('getPatientsById');
    expect(register.operationId).toBe('postPatients');
  });

  it('turns path segments into required path parameters typed by the query schema', () => {
    expect(read.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: expect.objectContaining({ type: 'string', format: 'uuid' }) },
    ]);
  });

  it('documents permission, security and the success answer', () => {
    expect(read['x-permission']).toBe('patient:record:read');
    expect(read.description).toBe('Requires the permission `patient:record:read`.');
    expect(register.description).toBe('Creates the record.\n\nRequires the permission `patient:record:write`.');
    expect(read.security).toEqual([{ bearer: [] }, { cookie: [] }]);
    expect(read.responses['200'].content['application/json'].schema.required).toEqual(['id', 'name', 'version']);
    expect(register.responses['201'].description).toBe('Created');
  });

  it('documents the ETag of a read and the Idempotency-Key of a command', () => {
    expect(read.responses['200'].headers).toEqual({ ETag: { $ref: '#/components/headers/ETag' } });
    expect(read.parameters).not.toContainEqual({ $ref: '#/components/parameters/IfMatch' });
    expect(register.parameters).toEqual([{ $ref: '#/components/parameters/IdempotencyKey' }]);
    expect(document.components.parameters?.IdempotencyKey).toMatchObject({ name: 'Idempotency-Key', in: 'header' });
  });

  it('takes the request body of a POST as JSON', () => {
    expect(register.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: expect.objectContaining({ required: ['name', 'birthDate'] }) } },
    });
    expect(JSON.stringify(document)).not.toContain('$schema');
  });

  it('answers problems by the route kind, all sharing the Problem schema', () => {
    expect(Object.keys(read.responses).sort()).toEqual(['200', '400', '401', '403', '404', '500']);
    expect(Object.keys(register.responses).sort()).toEqual(['201', '400', '401', '403', '409', '422', '500']);
    expect(document.components.responses?.Conflict).toEqual({
      description: expect.any(String),
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
  });

  it('describes the problem bodies the filter actually sends', () => {
    const problem = document.components.schemas?.Problem as { required: string[]; properties: object };
    const { body } = toProblem(new Error('x'), 'req-1', { instance: '/api/x' });
    for (const key of problem.required) expect(body).toHaveProperty(key);
    for (const key of Object.keys(body)) expect(problem.properties).toHaveProperty(key);
  });

  it('declares bearer and cookie security schemes', () => {
    expect(document.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      cookie: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'hms_session' }),
    });
  });

  it('makes query schema properties query parameters and leaves public routes unsecured', () => {
    const doc = buildOpenApiDocument({
      title: 't',
      version: '1',
      routes: [
        {
          method: 'GET',
          path: '/api/patients',
          summary: 'Search',
          tags: ['patient'],
          security: true,
          query: schemaToOpenApi(PatientSearch),
          status: 200,
        },
        {
          method: 'POST',
          path: '/api/auth/login',
          summary: 'Sign in',
          tags: ['auth'],
          security: false,
          status: 204,
          response: { type: 'object' },
        },
        {
          method: 'PUT',
          path: '/api/patients/:id',
          summary: 'Update',
          tags: ['patient'],
          security: true,
          status: 200,
          etag: true,
        },
      ],
    });
    const search = doc.paths['/api/patients']?.get as Record<string, any>;
    expect(search.parameters).toEqual([
      {
        name: 'name',
        in: 'query',
        required: true,
        description: 'Part of the family or given name',
        schema: expect.objectContaining({ type: 'string' }),
      },
      {
        name: 'limit',
        in: 'query',
        required: false,
        schema: expect.objectContaining({ type: 'integer', maximum: 100 }),
      },
    ]);
    const login = doc.paths['/api/auth/login']?.post as Record<string, any>;
    expect(login.security).toEqual([]);
    expect(login.responses['204']).toEqual({ description: 'No Content' });
    expect(Object.keys(login.responses)).not.toContain('401');
    expect(doc.paths['/api/patients/{id}']?.put?.parameters).toContainEqual({
      $ref: '#/components/parameters/IfMatch',
    });
    expect(doc.tags).toEqual([{ name: 'auth' }, { name: 'patient' }]);
  });

  it.each([
    ['a route declared twice', [getPatient, { ...getPatient, summary: 'again' }], /declared twice/],
    ['a body on a GET', [{ ...getPatient, requestBody: { type: 'object' } }], /only POST, PUT and PATCH/],
    ['a repeated operationId', [getPatient, { ...registerPatient, operationId: 'getPatientsById' }], /already used/],
  ])('refuses %s', (_, routes, message) => {
    expect(() => buildOpenApiDocument({ title: 't', version: '1', routes: routes as OpenApiRoute[] })).toThrow(message);
  });
});

describe(hoistDefinitions.name, () => {
  const Address = z.object({ city: z.string() }).meta({ id: 'Address' });
  type Tree = { name: string; children: Tree[] };
  const TreeNode: z.ZodType<Tree> = z.object({
    name: z.string(),
    get children() {
      return z.array(TreeNode);
    },
  });

  it('moves shared definitions to components and keeps the references valid', () => {
    const doc = buildOpenApiDocument({
      title: 't',
      version: '1',
      routes: [
        {
          method: 'POST',
          path: '/api/a',
          summary: 'a',
          tags: ['x'],
          security: true,
          status: 201,
          requestBody: schemaToOpenApi(z.object({ home: Address, work: Address })),
        },
        {
          method: 'GET',
          path: '/api/b',
          summary: 'b',
          tags: ['x'],
          security: true,
          status: 200,
          response: schemaToOpenApi(Address),
        },
        {
          method: 'GET',
          path: '/api/tree',
          summary: 'tree',
          tags: ['x'],
          security: true,
          status: 200,
          response: schemaToOpenApi(TreeNode),
        },
        {
          method: 'GET',
          path: '/api/forest',
          summary: 'f',
          tags: ['x'],
          security: true,
          status: 200,
          response: schemaToOpenApi(z.object({ tree: TreeNode })),
        },
      ],
    });
    expect(danglingRefs(doc)).toEqual([]);
    expect(JSON.stringify(doc)).not.toMatch(/\$defs|"\$ref":"#"/);
    expect(doc.components.schemas?.Address).toEqual(expect.objectContaining({ required: ['city'] }));
    expect(doc.paths['/api/b']?.get?.responses).toMatchObject({
      200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Address' } } } },
    });
    expect(doc.components.schemas?.GetTreeResponse).toMatchObject({
      properties: { children: { items: { $ref: '#/components/schemas/GetTreeResponse' } } },
    });
  });

  it("keeps the Problem schema when a plugin's schema is also named Problem", () => {
    const Problem = z.object({ code: z.string() }).meta({ id: 'Problem' });
    const doc = buildOpenApiDocument({
      title: 't',
      version: '1',
      routes: [
        {
          method: 'GET',
          path: '/api/p',
          summary: 'p',
          tags: ['x'],
          security: true,
          status: 200,
          response: schemaToOpenApi(Problem),
        },
      ],
    });
    expect(doc.components.schemas?.Problem).toHaveProperty('required', expect.arrayContaining(['correlationId']));
    expect(doc.paths['/api/p']?.get?.responses).toMatchObject({
      200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem2' } } } },
    });
  });

  it('answers a stream route with its own media type instead of JSON', () => {
    const doc = buildOpenApiDocument({
      title: 't',
      version: '1',
      routes: [
        {
          method: 'GET',
          path: '/api/live',
          summary: 'live',
          tags: ['live'],
          security: true,
          status: 200,
          contentType: 'text/event-stream',
          response: { type: 'string' },
        },
      ],
    });
    const ok = (doc.paths['/api/live']?.get?.responses as Record<string, { content: object }>)['200'];
    expect(Object.keys(ok!.content)).toEqual(['text/event-stream']);
  });

  it('documents the details a refusal carries in the Problem schema', () => {
    const doc = buildOpenApiDocument({ title: 't', version: '1', routes: [getPatient] });
    expect(doc.components.schemas?.Problem?.properties).toHaveProperty('details.type', 'object');
  });

  it('renames a definition whose name another schema already uses', () => {
    const components: Record<string, JsonSchema> = { Address: { type: 'string' } };
    const out = hoistDefinitions(schemaToOpenApi(z.object({ a: Address })), 'Op', components);
    expect(out).toMatchObject({ properties: { a: { $ref: '#/components/schemas/Address2' } } });
    expect(components.Address).toEqual({ type: 'string' });
    expect(components.Address2).toMatchObject({ required: ['city'] });
  });
});

describe(toOpenApiPath.name, () => {
  it.each([
    ['/api/patients/:id', '/api/patients/{id}'],
    ['/api/patients/:patientId/notes/:noteId', '/api/patients/{patientId}/notes/{noteId}'],
    ['/api/health', '/api/health'],
  ])('%s → %s', (path, expected) => expect(toOpenApiPath(path)).toBe(expected));
});
