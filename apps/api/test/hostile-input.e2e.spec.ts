import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RouteDefinition } from '@hms/sdk';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, registration } from './e2e-support';
import { bodyFor, encodeLoosely, pathValue, valueFor, type SchemaNode } from './hostile-input';

/** Requests per route; with ~100 routes this is some 1,700 requests a run (override with HMS_FUZZ_RUNS). */
const RUNS_PER_ROUTE = Number(process.env.HMS_FUZZ_RUNS ?? 16);

interface Operation {
  readonly parameters?: readonly { readonly name: string; readonly in: string; readonly schema?: SchemaNode }[];
  readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema: SchemaNode }>> };
}

interface FuzzedRoute {
  readonly route: RouteDefinition;
  readonly patientData: boolean;
  readonly operation: Operation;
}

interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

describe('hostile input on every command and query route', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let token: string;
  let routes: FuzzedRoute[];
  let known: string[];

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_fuzz');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    token = await http.login('admin', ADMIN_PASSWORD);
    const patient = await http.call<{ id: string }>('POST', '/api/patients', { token, body: registration() });
    known = [patient.body.id];
    // The routes the kernel mounted, described by the OpenAPI document it builds from the same schemas.
    const document = (await http.call('GET', '/api/openapi.json', { token })).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    const registry = api.kernel.registry;
    routes = registry.plugins.flatMap((plugin) =>
      plugin.routes.map((route) => {
        const registered =
          'command' in route ? registry.commands.get(route.command.type) : registry.queries.get(route.query.type);
        const operation =
          document.paths[`/api${route.path}`.replace(/:([A-Za-z_]\w*)/g, '{$1}')]?.[route.method.toLowerCase()];
        if (!registered || !operation) throw new Error(`${route.method} ${route.path} is not in the OpenAPI document`);
        return { route, operation, patientData: registered.item.permission.patientData };
      }),
    );
  }, 90_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  function requestFor({ route, operation }: FuzzedRoute): fc.Arbitrary<FuzzRequest> {
    const names = [...route.path.matchAll(/:([A-Za-z_]\w*)/g)].map((m) => m[1] as string);
    const params = fc.tuple(...names.map(() => pathValue(known)));
    const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
    const query = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, valueFor(p.schema, known)])), {
      requiredKeys: [],
    });
    const schema = operation.requestBody?.content['application/json']?.schema;
    const body = route.method === 'GET' || route.method === 'DELETE' ? fc.constant(undefined) : bodyFor(schema, known);
    return fc.record({ params, query, body }).map(({ params: values, query: q, body: b }) => {
      let path = `/api${route.path}`;
      names.forEach((name, i) => {
        path = path.replace(`:${name}`, encodeLoosely(values[i] ?? ''));
      });
      const search = Object.entries(q)
        .map(
          ([name, value]) =>
            `${encodeLoosely(name)}=${encodeLoosely(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))}`,
        )
        .join('&');
      return {
        method: route.method,
        path: search ? `${path}?${search}` : path,
        ...(b === undefined ? {} : { body: b }),
      };
    });
  }

  async function eventsOf(correlationId: string): Promise<number> {
    const [row] = await api.kernel.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM core.events WHERE metadata->>'correlationId' = $1`,
      [correlationId],
    );
    return row?.n ?? 0;
  }

  async function auditRecordsOf(correlationId: string): Promise<number> {
    const [row] = await api.kernel.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM core.audit_log WHERE correlation_id = $1`,
      [correlationId],
    );
    return row?.n ?? 0;
  }

  async function totalEvents(): Promise<number> {
    const [row] = await api.kernel.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM core.events`);
    return row?.n ?? 0;
  }

  it('never answers 5xx; a refusal is problem+json, changes nothing and is audited on patient-data routes', async () => {
    // Every violation is collected (not only the first), so a failing run shows how widespread a defect is.
    const violations: { kind: string; where: string }[] = [];
    const statuses = new Map<number, number>();
    for (const fuzzed of routes) {
      await fc.assert(
        fc.asyncProperty(requestFor(fuzzed), async (request) => {
          const correlationId = `fuzz-${randomUUID()}`;
          const before = await totalEvents();
          const answer = await http.call(request.method, request.path, {
            token,
            headers: { 'x-correlation-id': correlationId },
            ...(request.body === undefined ? {} : { body: request.body }),
          });
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          const where = `${request.method} ${fuzzed.route.path} → ${answer.status} ${answer.text.slice(0, 300)}`;
          if (answer.status >= 500) violations.push({ kind: 'server error', where });
          if (answer.status < 400) return;
          if (!answer.headers.get('content-type')?.includes(PROBLEM_JSON))
            violations.push({ kind: 'not problem+json', where });
          // Nothing else writes during the run (no workers, reactions only follow successful commands' events).
          if ((await eventsOf(correlationId)) !== 0 || (await totalEvents()) !== before) {
            violations.push({ kind: 'refused but appended events', where });
          }
          // 431 is refused by Node's HTTP parser before any route is known: nothing to attribute it to.
          if (fuzzed.patientData && answer.status !== 431 && (await auditRecordsOf(correlationId)) === 0) {
            violations.push({ kind: 'refused patient-data request not audited', where });
          }
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    }
    const counts: Record<string, number> = {};
    for (const { kind } of violations) counts[kind] = (counts[kind] ?? 0) + 1;
    const serverErrors = violations.filter((v) => v.kind === 'server error');
    expect({ counts, first: [...serverErrors, ...violations].slice(0, 15) }).toEqual({ counts: {}, first: [] });
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(routes.length * RUNS_PER_ROUTE);
    expect(routes.length).toBeGreaterThan(80);
  }, 600_000);

  it('answers a header section too large for the server with problem+json', async () => {
    const tooLongHeader = await http.call('GET', '/api/patients', {
      token,
      headers: { 'x-filler': 'A'.repeat(20_000) },
    });
    expect(tooLongHeader.status).toBe(431);
    expect(tooLongHeader.headers.get('content-type')).toContain(PROBLEM_JSON);
    expect(tooLongHeader.body).toEqual(
      expect.objectContaining({ status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' }),
    );
  });

  it('refuses unstorable strings on the kernel routes too (sign-in, administration) with 400 problem+json', async () => {
    for (const [method, path, body] of [
      ['POST', '/api/auth/login', { username: 'admin\u0000', password: 'whatever long enough' }],
      ['POST', '/api/admin/accounts', { username: 'new.user', password: 'a long pass\uD800phrase', displayName: 'N' }],
      ['GET', '/api/reports/runs/%00', undefined],
    ] as const) {
      const answer = await http.call(method, path, { token, ...(body === undefined ? {} : { body }) });
      expect({ path, status: answer.status, type: answer.headers.get('content-type') }).toEqual({
        path,
        status: 400,
        type: expect.stringContaining(PROBLEM_JSON),
      });
    }
  });

  it.each([
    ['a NUL in a path id', 'GET', '/api/charts/%00', undefined, 'params.patientId'],
    ['a 10,000-character path id', 'GET', `/api/charts/${'A'.repeat(10_000)}`, undefined, 'params.patientId'],
    ['a NUL in a query string', 'GET', '/api/patients?q=a%00b', undefined, 'query.q'],
    [
      'a lone surrogate in a medication name',
      'POST',
      '/api/charts/{known}/medications',
      { medication: 'Amoxi\uD800cillin', dosage: { dose: '500 mg', route: 'oral', frequency: 'tid' } },
      'medication',
    ],
    [
      'a NUL in a medication name',
      'POST',
      '/api/charts/{known}/medications',
      { medication: 'Amoxi\u0000cillin', dosage: { dose: '500 mg', route: 'oral', frequency: 'tid' } },
      'medication',
    ],
    [
      'a megabyte id in a body',
      'POST',
      '/api/charts/{known}/medications',
      {
        medication: 'Amoxicillin',
        dosage: { dose: '500 mg', route: 'oral', frequency: 'tid' },
        encounterId: 'A'.repeat(1_000_000),
      },
      'encounterId',
    ],
    ['an array as a merge body', 'POST', '/api/patients/{known}/merge', [], ''],
  ])('refuses %s with a field-level 400, audited, nothing appended', async (_name, method, path, body, field) => {
    const correlationId = `fuzz-${randomUUID()}`;
    const answer = await http.call(method, path.replace('{known}', known[0] ?? ''), {
      token,
      headers: { 'x-correlation-id': correlationId },
      ...(body === undefined ? {} : { body }),
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
    expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: field })]));
    expect(await eventsOf(correlationId)).toBe(0);
    expect(await auditRecordsOf(correlationId)).toBe(1);
  });
});
