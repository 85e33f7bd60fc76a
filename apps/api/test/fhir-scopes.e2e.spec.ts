import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient, registration, type Answer } from './e2e-support';
import { assertValidBundle, assertValidFhir } from './fhir-validator';
import { startTestApi } from './test-api';

interface Bundle {
  resourceType: string;
  entry?: { resource: { resourceType: string; id: string; [k: string]: unknown } }[];
}
interface Outcome {
  resourceType: 'OperationOutcome';
  issue: { severity: string; code: string; details: { coding: { code: string }[]; text: string } }[];
}

/**
 * SMART-on-FHIR scopes over a real API: a session signed in with `scope` reaches through FHIR only the types its
 * scopes name (403 OperationOutcome `SCOPE_REQUIRED` otherwise, audited), `patient/` scopes only the Patient
 * compartment, `$everything` leaves an out-of-scope type out and says so, and the scopes narrow the session's
 * permissions on `/api` too. The CapabilityStatement is readable without a session and advertises the scopes.
 */
describe('FHIR SMART scopes over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let patientId: string;
  let conditionId: string;
  let observationId: string;

  const fhir = <B>(path: string, token: string | null): Promise<Answer<B>> =>
    http.call<B>('GET', `/fhir/R4${path}`, { ...(token === null ? {} : { token }) });
  const post = (path: string, body: Record<string, unknown>) =>
    http.call<Record<string, string>>('POST', path, { token: admin, body });
  const signIn = (scope: string) =>
    http.call<{ token: string; scope?: string }>('POST', '/api/auth/login', {
      body: { username: 'admin', password: ADMIN_PASSWORD, scope },
    });
  const scoped = async (scope: string): Promise<string> => {
    const answer = await signIn(scope);
    expect(answer.status).toBe(200);
    expect(answer.body.scope).toBe(scope);
    return answer.body.token;
  };

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_fhir_scopes');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    const patient = await post('/api/patients', registration({ familyName: 'Scopeson' }));
    expect(patient.status).toBe(201);
    patientId = patient.body.id!;
    const problem = await post(`/api/charts/${patientId}/problems`, { code: 'I10', onset: '2019-03-01' });
    expect(problem.status).toBe(201);
    conditionId = problem.body.problemId!;
    const observation = await post(`/api/charts/${patientId}/observations`, {
      code: '8867-4',
      value: 72,
      unit: '/min',
    });
    expect(observation.status).toBe(201);
    observationId = observation.body.observationId!;
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('answers the CapabilityStatement without a session, advertising the SMART scopes', async () => {
    const answer = await fhir<{
      resourceType: string;
      rest: { security: { service: { coding: { code: string }[] }[]; description: string } }[];
    }>('/metadata', null);
    expect(answer.status).toBe(200);
    assertValidFhir(answer.body);
    const security = answer.body.rest[0]!.security;
    expect(security.service[0]!.coding[0]!.code).toBe('SMART-on-FHIR');
    expect(security.description).toContain('user/<Type>.read');
    expect(security.description).toContain('Observation');
    // Everything else still needs a session.
    expect((await fhir<Outcome>(`/Patient/${patientId}`, null)).status).toBe(401);
  });

  it('narrows reads to the scoped type: user/Observation.read reads observations, a Condition is refused 403', async () => {
    const token = await scoped('user/Observation.read');
    const observations = await fhir<Bundle>(`/Observation?patient=${patientId}`, token);
    expect(observations.status).toBe(200);
    assertValidBundle(observations.body);
    expect(observations.body.entry!.map((e) => e.resource.id)).toContain(observationId);

    for (const path of [
      `/Condition/${conditionId}`,
      `/Condition?patient=${patientId}`,
      `/Patient/${patientId}`,
      '/Organization/hospital',
    ]) {
      const refused = await fhir<Outcome>(path, token);
      expect({ path, status: refused.status }).toEqual({ path, status: 403 });
      expect(refused.headers.get('content-type')).toContain('application/fhir+json');
      expect(refused.body.issue[0]).toMatchObject({
        code: 'forbidden',
        details: { coding: [{ code: 'SCOPE_REQUIRED' }] },
      });
      expect(refused.text).not.toMatch(/I10|Scopeson/);
      assertValidFhir(refused.body);
    }
    const denied = await api.kernel.db.query<{ action: string; patient_ids: string[] }>(
      `SELECT action, patient_ids FROM core.audit_log
        WHERE outcome = 'denied' AND details->>'refused' = 'SCOPE_REQUIRED' ORDER BY at`,
    );
    expect(denied.map((r) => r.action)).toEqual(
      expect.arrayContaining(['fhir:read:Condition', 'fhir:search:Condition', 'fhir:read:Patient']),
    );
    expect(denied.find((r) => r.action === 'fhir:search:Condition')?.patient_ids).toEqual([patientId]);
  });

  it('keeps patient/ scopes to the Patient compartment and leaves out-of-scope types out of $everything', async () => {
    const token = await scoped('patient/Patient.read patient/Condition.read');
    const everything = await fhir<Bundle>(`/Patient/${patientId}/$everything`, token);
    expect(everything.status).toBe(200);
    assertValidBundle(everything.body);
    const types = everything.body.entry!.map((e) => e.resource.resourceType);
    expect(types).toEqual(expect.arrayContaining(['Patient', 'Condition', 'OperationOutcome']));
    expect(types).not.toContain('Observation');
    const outcome = everything.body.entry!.find((e) => e.resource.resourceType === 'OperationOutcome')!;
    expect(JSON.stringify(outcome.resource)).toContain('Observation');

    const wide = await scoped('patient/*.read');
    expect((await fhir<Bundle>(`/Observation?patient=${patientId}`, wide)).status).toBe(200);
    // The hospital is not in any patient's compartment: patient/* does not reach it, user/* does.
    expect((await fhir<Outcome>('/Organization/hospital', wide)).status).toBe(403);
    expect((await fhir<Outcome>('/Organization/hospital', await scoped('user/*.read'))).status).toBe(200);
  });

  it('narrows the permissions on /api too, and refuses an import write without a write scope', async () => {
    const token = await scoped('user/Observation.read');
    const chart = await http.call('GET', `/api/charts/${patientId}`, { token });
    expect(chart.status).toBe(200); // ehr:chart:read serves Observation: permissions are coarser than types
    const register = await http.call('POST', '/api/patients', { token, body: registration({ familyName: 'Nope' }) });
    expect(register.status).toBe(403);
    const me = await http.call<{ scope?: string; permissions: string[] }>('GET', '/api/auth/me', { token });
    expect(me.body.scope).toBe('user/Observation.read');

    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:9a1c1d34-5f3a-4d0e-9f43-3f3b8a1f2c11',
          resource: {
            resourceType: 'Observation',
            status: 'final',
            code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
            subject: { reference: `Patient/${patientId}` },
            effectiveDateTime: '2024-05-01T10:00:00Z',
            valueQuantity: { value: 80, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
          },
        },
      ],
    };
    const readOnly = await http.call<Outcome>('POST', '/fhir/R4', { token: await scoped('user/*.read'), body: bundle });
    expect(readOnly.status).toBe(200);
    expect(JSON.stringify(readOnly.body)).toContain('SCOPE_REQUIRED');
    const writer = await scoped('user/*.read user/Observation.write');
    const imported = await http.call<Outcome>('POST', '/fhir/R4', { token: writer, body: bundle });
    expect(imported.status).toBe(200);
    expect(imported.body.issue[0]!.details.text).toContain('1 imported');
  });

  it('refuses a sign-in asking for a scope it cannot read, rather than granting less', async () => {
    for (const scope of ['patient/*.destroy', 'launch openid', '']) {
      const answer = await signIn(scope);
      expect({ scope, status: answer.status }).toEqual({ scope, status: 400 });
      expect(answer.text).toContain('SCOPE_INVALID');
    }
  });
});
