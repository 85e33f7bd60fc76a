import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient, registration, type Answer } from './e2e-support';
import { assertValidBundle, assertValidFhir } from './fhir-validator';
import { startTestApi } from './test-api';

interface PatientResource {
  resourceType: 'Patient';
  id: string;
  meta: { versionId: string; lastUpdated: string };
  name: { family: string; given: string[] }[];
  telecom?: { system: string; value: string }[];
}
interface HistoryBundle {
  resourceType: 'Bundle';
  type: string;
  total: number;
  entry: { fullUrl: string; resource: PatientResource; request: { method: string }; response: { status: string } }[];
}
interface Outcome {
  resourceType: 'OperationOutcome';
  issue: { details: { coding: { code: string }[] } }[];
}

/**
 * A Patient's `_history` and `vread` over a real API, folded from the patient's own event stream: every version,
 * newest first, with `meta.versionId` the stream's version (the REST ETag); each version readable as it was; the
 * reads audited; a type without history, an unknown version and a parameter refused as OperationOutcomes.
 */
describe('FHIR Patient history over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let patientId: string;

  const fhir = <B>(path: string): Promise<Answer<B>> => http.call<B>('GET', `/fhir/R4${path}`, { token: admin });

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_fhir_history');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    const registered = await http.call<{ id: string }>('POST', '/api/patients', {
      token: admin,
      body: registration({ familyName: 'Versionson', givenName: 'Vera' }),
    });
    expect(registered.status).toBe(201);
    patientId = registered.body.id;
    for (const change of [{ familyName: 'Versionsdottir' }, { phone: '+44 20 7946 0001' }]) {
      const updated = await http.call('PATCH', `/api/patients/${patientId}`, { token: admin, body: change });
      expect(updated.status).toBe(200);
    }
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it("answers a history Bundle of every version from the patient's stream, newest first", async () => {
    const history = await fhir<HistoryBundle>(`/Patient/${patientId}/_history`);
    expect(history.status).toBe(200);
    assertValidBundle(history.body);
    expect(history.body).toMatchObject({ type: 'history', total: 3 });
    expect(history.body.entry.map((e) => e.resource.meta.versionId)).toEqual(['3', '2', '1']);
    expect(history.body.entry.map((e) => e.resource.name[0]!.family)).toEqual([
      'Versionsdottir',
      'Versionsdottir',
      'Versionson',
    ]);
    expect(history.body.entry.map((e) => e.request.method)).toEqual(['PUT', 'PUT', 'POST']);
    expect(history.body.entry[2]!.response.status).toBe('201 Created');
    expect(history.body.entry[0]!.resource.telecom?.[0]?.value).toBe('+44 20 7946 0001');
    expect(history.body.entry[1]!.resource.telecom).toBeUndefined();

    // The current read is the newest version, with the same version id (the REST ETag).
    const current = await fhir<PatientResource>(`/Patient/${patientId}`);
    expect(current.body.meta.versionId).toBe('3');
    expect(history.body.entry[0]!.resource).toEqual(current.body);
  });

  it('reads each version as it was (vread), and refuses an unknown one with 404', async () => {
    const first = await fhir<PatientResource>(`/Patient/${patientId}/_history/1`);
    expect(first.status).toBe(200);
    assertValidFhir(first.body);
    expect(first.body).toMatchObject({ id: patientId, meta: { versionId: '1' }, name: [{ family: 'Versionson' }] });
    expect((await fhir<PatientResource>(`/Patient/${patientId}/_history/2`)).body.name[0]!.family).toBe(
      'Versionsdottir',
    );
    const cases: [string, number, string][] = [
      [`/Patient/${patientId}/_history/4`, 404, 'FHIR_VERSION_NOT_FOUND'],
      [`/Patient/${'0'.repeat(8)}-0000-4000-8000-000000000000/_history`, 404, 'FHIR_RESOURCE_NOT_FOUND'],
      ['/Patient/not-a-uuid/_history/1', 404, 'FHIR_RESOURCE_NOT_FOUND'],
      [`/Patient/${patientId}/_history?_since=2020-01-01`, 400, 'FHIR_SEARCH_INVALID'],
      ['/Organization/hospital/_history', 404, 'FHIR_INTERACTION_NOT_SUPPORTED'],
    ];
    for (const [path, status, code] of cases) {
      const answer = await fhir<Outcome>(path);
      expect({ path, status: answer.status }).toEqual({ path, status });
      expect(answer.body.issue[0]!.details.coding[0]!.code).toBe(code);
      assertValidFhir(answer.body);
    }
  });

  it('audits every history read as a read of the patient, naming FHIR as the asker', async () => {
    const rows = await api.kernel.db.query<{ action: string; patient_ids: string[]; details: { askedFor: string } }>(
      `SELECT action, patient_ids, details FROM core.audit_log
        WHERE action = 'patient.GetFhirPatientHistory' AND outcome = 'success' AND details->>'askedBy' = 'fhir'`,
    );
    // The history, versions 1, 2 and the unknown 4: each read the stream, so each is on the record.
    const ofPatient = rows.filter((r) => r.patient_ids.includes(patientId));
    expect(ofPatient.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ofPatient.map((r) => r.details.askedFor))).toEqual(new Set(['fhir:history:Patient']));
  });

  it('advertises vread and history-instance for Patient only', async () => {
    const metadata = await fhir<{ rest: { resource: { type: string; interaction: { code: string }[] }[] }[] }>(
      '/metadata',
    );
    const codes = (type: string): string[] =>
      metadata.body.rest[0]!.resource.find((r) => r.type === type)!.interaction.map((i) => i.code);
    expect(codes('Patient')).toEqual(expect.arrayContaining(['read', 'vread', 'history-instance', 'search-type']));
    expect(codes('Condition')).not.toContain('vread');
  });
});
