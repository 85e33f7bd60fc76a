import { randomUUID } from 'node:crypto';
import { AccountService } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RouteDefinition } from '@hms/sdk';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, registration } from './e2e-support';
import type { SchemaNode } from './hostile-input';

const PASSWORD = 'authorization matrix passphrase';

/** How the caller stands to the patient a request names. */
type Relation = 'none' | 'care relationship' | 'break-the-glass';
const RELATIONS: readonly Relation[] = ['none', 'care relationship', 'break-the-glass'];

interface Operation {
  readonly parameters?: readonly {
    readonly name: string;
    readonly in: string;
    readonly required?: boolean;
    readonly schema?: SchemaNode;
  }[];
  readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema: SchemaNode }>> };
}

interface MatrixRoute {
  readonly route: RouteDefinition;
  readonly operation: Operation;
  readonly permission: string;
  readonly clinical: boolean;
}

/** The records a request may name, per relation: one patient each, with an open encounter and a note. */
interface PatientRecords {
  readonly patientId: string;
  readonly encounterId: string;
  readonly noteId: string;
}

interface Caller {
  readonly role: string;
  readonly permissions: ReadonlySet<string>;
  readonly accountId: string;
  readonly token: string;
}

/**
 * The authorization matrix, generated from the routes the enabled plugins declare: every plugin route × every
 * suggested role × the caller's relation to the patient (none, a care relationship, an emergency access), each
 * answer checked against the rule the route declares (its permission, and whether that permission is clinical).
 * A new route, role or plugin is covered without writing a test. Inputs are filled from the OpenAPI schemas with
 * the records of the patient in question, so most requests reach the care check; whatever the input, the rule
 * holds: no permission → 403 `PERMISSION_REQUIRED`; clinical and no relation → never a success (and exactly 403
 * `CARE_RELATIONSHIP_REQUIRED` for a read that names the patient's records); with a relation or on a route that is
 * not clinical → never `CARE_RELATIONSHIP_REQUIRED`; and a refusal appends nothing.
 *
 * The care relationship here is a grant: it stays put whatever the matrix's own successful writes do (closing the
 * encounter would end an encounter's care team, a discharge a ward's). Each source of relationships has its own
 * test in care-relationships.e2e.spec.ts.
 */
describe('authorization matrix: route × role × relation', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let routes: MatrixRoute[];
  let callers: Caller[];
  const records = new Map<Relation, PatientRecords>();
  let wardId: string;
  let bedId: string;
  /** The permissions under the care-relationship rule; only their holders may break the glass. */
  let clinicalPermissions: Set<string>;

  const post = async <B>(token: string, path: string, body: unknown): Promise<B> => {
    const answer = await http.call<B>('POST', path, { token, body });
    if (answer.status >= 300) throw new Error(`${path} answered ${answer.status}: ${answer.text}`);
    return answer.body;
  };

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_matrix');
    api = await startTestApi(database.url, { HMS_WORKERS: 'off' });
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    for (const relation of RELATIONS) {
      const patient = await post<{ id: string }>(
        admin,
        '/api/patients',
        registration({ familyName: `Matrix ${relation}` }),
      );
      const encounter = await post<{ encounterId: string }>(admin, '/api/encounters', {
        patientId: patient.id,
        class: 'outpatient',
      });
      const note = await post<{ id: string }>(admin, '/api/notes', { patientId: patient.id, title: 'Matrix note' });
      records.set(relation, { patientId: patient.id, encounterId: encounter.encounterId, noteId: note.id });
    }
    const ward = await post<{ id: string; beds: { id: string }[] }>(admin, '/api/wards', {
      code: 'MTX',
      name: 'Matrix ward',
      specialty: 'Internal medicine',
      beds: ['1'],
    });
    wardId = ward.id;
    bedId = ward.beds[0]?.id ?? randomUUID();

    // One account per suggested role, each with a grant to one patient and an emergency access to another.
    const roles = await api.kernel.db.query<{ name: string; permissions: string[] }>(
      `SELECT name, permissions FROM core.roles WHERE name <> 'admin' ORDER BY name`,
    );
    const accounts = new AccountService(api.kernel.db);
    clinicalPermissions = new Set<string>(
      [...api.kernel.registry.permissions.values()].filter(({ item }) => item.clinical).map(({ item }) => item.name),
    );
    callers = [];
    for (const role of roles) {
      const username = `matrix.${role.name}`;
      const { id } = await accounts.createAccount({
        username,
        password: PASSWORD,
        displayName: username,
        roles: [role.name],
      });
      const token = await http.login(username, PASSWORD);
      await post(admin, '/api/access/grants', {
        patientId: records.get('care relationship')?.patientId,
        accountId: id,
        until: new Date(Date.now() + 3_600_000).toISOString(),
        reason: 'Authorization matrix: covering this patient',
      });
      // Only clinical roles may break the glass; for the others this relation is no relation at all.
      if (role.permissions.some((permission) => clinicalPermissions.has(permission))) {
        await post(token, '/api/access/emergency', {
          patientId: records.get('break-the-glass')?.patientId,
          reason: 'Authorization matrix: emergency access',
        });
      }
      callers.push({ role: role.name, permissions: new Set(role.permissions), accountId: id, token });
    }

    const document = (await http.call('GET', '/api/openapi.json', { token: admin })).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    const registry = api.kernel.registry;
    // A webhook (SDK 2.2) answers its sender's signature, not a user's permission: plugin-webhook.int.spec.ts.
    routes = registry.plugins.flatMap((plugin) =>
      plugin.routes
        .filter((route) => !('command' in route && route.webhook))
        .map((route) => {
          const registered =
            'command' in route ? registry.commands.get(route.command.type) : registry.queries.get(route.query.type);
          const operation =
            document.paths[`/api${route.path}`.replace(/:([A-Za-z_]\w*)/g, '{$1}')]?.[route.method.toLowerCase()];
          if (!registered || !operation)
            throw new Error(`${route.method} ${route.path} is not in the OpenAPI document`);
          const { permission } = registered.item;
          return { route, operation, permission: permission.name, clinical: permission.clinical ?? false };
        }),
    );
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  /** The id a parameter or field of this name should carry for this patient and caller; undefined: not one of ours. */
  function knownId(name: string, routePath: string, patient: PatientRecords, caller: Caller): string | undefined {
    switch (name) {
      case 'patientId':
      case 'survivorId':
        return patient.patientId;
      case 'id':
        return routePath.startsWith('/patients') ? patient.patientId : undefined;
      case 'encounterId':
        return patient.encounterId;
      case 'noteId':
        return patient.noteId;
      case 'wardId':
        return wardId;
      case 'bedId':
        return bedId;
      case 'memberId':
        return caller.accountId;
      default:
        return undefined;
    }
  }

  /** A plausible value for a schema: the patient's records for ids, the first choice of an enum, a short text. */
  function example(
    schema: SchemaNode | undefined,
    name: string,
    routePath: string,
    patient: PatientRecords,
    caller: Caller,
    depth = 0,
  ): unknown {
    const id = knownId(name, routePath, patient, caller);
    if (id !== undefined) return id;
    if (!schema || depth > 4) return 'matrix';
    if (schema.const !== undefined) return schema.const;
    if (schema.enum?.length) return schema.enum[0];
    const choice = (schema.anyOf ?? schema.oneOf)?.[0];
    if (choice) return example(choice, name, routePath, patient, caller, depth);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'string':
        return schema.format === 'uuid'
          ? randomUUID()
          : schema.format === 'date'
            ? '2026-01-05'
            : schema.format === 'date-time'
              ? new Date().toISOString()
              : 'Matrix value';
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'boolean':
        return true;
      case 'array':
        return [];
      case 'object':
        return Object.fromEntries(
          (schema.required ?? [])
            .filter((field) => schema.properties?.[field])
            .map((field) => [field, example(schema.properties?.[field], field, routePath, patient, caller, depth + 1)]),
        );
      default:
        return 'matrix';
    }
  }

  function requestFor(matrix: MatrixRoute, patient: PatientRecords, caller: Caller) {
    const { route, operation } = matrix;
    let allKnown = true;
    let path = `/api${route.path}`;
    for (const [, name] of route.path.matchAll(/:([A-Za-z_]\w*)/g)) {
      const id = knownId(name as string, route.path, patient, caller);
      if (id === undefined) allKnown = false;
      path = path.replace(`:${name}`, id ?? randomUUID());
    }
    const query = (operation.parameters ?? [])
      .filter((p) => p.in === 'query' && (p.required || p.name === 'patientId'))
      .map((p) => {
        if (knownId(p.name, route.path, patient, caller) === undefined) allKnown = false;
        return `${p.name}=${encodeURIComponent(String(example(p.schema, p.name, route.path, patient, caller)))}`;
      });
    const schema = operation.requestBody?.content['application/json']?.schema;
    const body =
      route.method === 'GET' || route.method === 'DELETE'
        ? undefined
        : example(schema, '', route.path, patient, caller);
    return { path: query.length ? `${path}?${query.join('&')}` : path, body, namesOnlyPatientRecords: allKnown };
  }

  async function eventsOf(correlationId: string): Promise<number> {
    const [row] = await api.kernel.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM core.events WHERE metadata->>'correlationId' = $1`,
      [correlationId],
    );
    return row?.n ?? 0;
  }

  it('answers every route, role and relation as the route declares', async () => {
    const violations: string[] = [];
    const tally = new Map<string, number>();
    let calls = 0;
    for (const relation of RELATIONS) {
      const patient = records.get(relation)!;
      for (const matrix of routes) {
        for (const caller of callers) {
          const request = requestFor(matrix, patient, caller);
          const correlationId = `matrix-${randomUUID()}`;
          const answer = await http.call<{ code?: string }>(matrix.route.method, request.path, {
            token: caller.token,
            headers: { 'x-correlation-id': correlationId },
            ...(request.body === undefined ? {} : { body: request.body }),
          });
          calls += 1;
          const code = typeof answer.body === 'object' && answer.body ? answer.body.code : undefined;
          const where = `${caller.role} × ${relation} × ${matrix.route.method} ${matrix.route.path} → ${answer.status} ${code ?? ''}`;
          const holds = caller.permissions.has(matrix.permission);
          // A grant reaches for every role; an emergency access exists only for the clinical roles that opened one.
          const reached =
            relation === 'care relationship' ||
            (relation === 'break-the-glass' && [...caller.permissions].some((p) => clinicalPermissions.has(p)));
          const outcome = !holds
            ? 'no permission'
            : !matrix.clinical
              ? 'not clinical'
              : reached
                ? 'in reach'
                : 'out of reach';
          tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
          if (answer.status >= 500) violations.push(`server error: ${where}`);
          if (!holds) {
            if (answer.status !== 403 || code !== 'PERMISSION_REQUIRED')
              violations.push(`permission not enforced: ${where}`);
          } else {
            if (code === 'PERMISSION_REQUIRED') violations.push(`permission held but refused: ${where}`);
            // A clinician's own worklist (GET /notes/mine, /encounters/mine) names no patient: it answers, and must
            // leave out every patient out of the caller's reach — checked on the whole answer.
            const ownList =
              matrix.route.method === 'GET' && !matrix.route.path.includes(':') && !request.path.includes('patientId=');
            if (outcome === 'out of reach' && ownList) {
              if (answer.status !== 200 || JSON.stringify(answer.body).includes(patient.patientId))
                violations.push(`own list showed a patient out of reach: ${where}`);
            } else if (outcome === 'out of reach') {
              if (answer.status < 400) violations.push(`clinical data out of reach answered: ${where}`);
              if (answer.status === 403 && code !== 'CARE_RELATIONSHIP_REQUIRED')
                violations.push(`unexpected refusal: ${where}`);
              const exact = matrix.route.method === 'GET' && request.namesOnlyPatientRecords;
              if (exact && code !== 'CARE_RELATIONSHIP_REQUIRED')
                violations.push(`read not refused by the care rule: ${where}`);
            } else {
              if (code === 'CARE_RELATIONSHIP_REQUIRED') violations.push(`refused in reach: ${where}`);
              const exact = matrix.clinical && matrix.route.method === 'GET' && request.namesOnlyPatientRecords;
              if (exact && answer.status !== 200) violations.push(`clinical read in reach not answered: ${where}`);
            }
          }
          if (answer.status >= 400 && (await eventsOf(correlationId)) !== 0)
            violations.push(`refused but appended: ${where}`);
        }
      }
    }
    expect(violations.slice(0, 20)).toEqual([]);
    expect(calls).toBe(RELATIONS.length * routes.length * callers.length);
    // The matrix is not vacuous: every kind of cell occurs.
    expect([...tally.keys()].sort()).toEqual(['in reach', 'no permission', 'not clinical', 'out of reach']);
    expect(routes.filter((r) => r.clinical).length).toBeGreaterThan(20);
    expect(callers.length).toBeGreaterThanOrEqual(8);
  }, 600_000);
});
