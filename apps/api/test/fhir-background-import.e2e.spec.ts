import { randomUUID } from 'node:crypto';
import { AccountService } from '@hms/core';
import { createTestDatabase, waitUntil, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient, type Answer } from './e2e-support';
import { assertValidFhir } from './fhir-validator';
import { startTestApi } from './test-api';

const FHIR_JSON = { 'content-type': 'application/fhir+json' };
const ASYNC = { ...FHIR_JSON, prefer: 'respond-async' };
interface Outcome {
  resourceType: 'OperationOutcome';
  issue: { severity: string; details: { coding?: { code: string }[]; text: string } }[];
}

/** A bundle larger than a request import takes: `patients` fictional patients with four heart rates each. */
function largeBundle(patients: number): { bundle: object; entries: number } {
  const entry: object[] = [];
  for (let p = 0; p < patients; p += 1) {
    const id = randomUUID();
    entry.push({
      fullUrl: `urn:uuid:${id}`,
      resource: {
        resourceType: 'Patient',
        identifier: [{ system: 'urn:oid:2.16.840.1.113883.19.5', value: id }],
        name: [{ family: `Bulk${id.slice(0, 8)}`, given: ['Bo'] }],
        birthDate: `19${10 + (p % 89)}-0${1 + (p % 9)}-1${p % 10}`,
      },
    });
    for (let o = 0; o < 4; o += 1) {
      entry.push({
        fullUrl: `urn:uuid:${randomUUID()}`,
        resource: {
          resourceType: 'Observation',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
          subject: { reference: `urn:uuid:${id}` },
          effectiveDateTime: `2024-03-0${o + 1}T08:00:00Z`,
          valueQuantity: { value: 70 + o, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
        },
      });
    }
  }
  return { bundle: { resourceType: 'Bundle', type: 'collection', entry }, entries: entry.length };
}

/**
 * A large bundle imported in the background over a real API, with the job on the real Redis: `Prefer:
 * respond-async` answers 202 with the status to poll, the job's payload is the run's id alone (the bundle is stored,
 * then deleted when the run ends), progress is readable while it runs, and the status answers the same report a
 * request import gives. Only the requester may read the status; an invalid bundle is refused before anything is
 * stored.
 */
describe('FHIR background import over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_fhir_background');
    api = await startTestApi(database.url, { HMS_WORKERS: 'on' });
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('refuses a bundle over 500 entries in the request, and imports it in the background with progress', async () => {
    const { bundle, entries } = largeBundle(120); // 600 entries
    const inline = await http.call<Outcome>('POST', '/fhir/R4', { token: admin, body: bundle, headers: FHIR_JSON });
    expect(inline.status).toBe(400);
    expect(inline.text).toContain('respond-async');

    const accepted = await http.call<Outcome>('POST', '/fhir/R4', { token: admin, body: bundle, headers: ASYNC });
    expect(accepted.status).toBe(202);
    assertValidFhir(accepted.body);
    const location = accepted.headers.get('content-location')!;
    const runId = location.split('/').pop()!;
    expect(location).toMatch(/\/fhir\/R4\/\$import-status\/[0-9a-f-]{36}$/);

    // The queue holds the run's id, never the bundle.
    const job = await api.kernel.jobs!.queue('fhir')!.getJob(runId);
    expect(job?.data).toEqual({ installation: expect.any(String), payload: { runId } });

    const seen: number[] = [];
    let done: Answer<Outcome> | undefined;
    await waitUntil(
      'the background import to end',
      async () => {
        const status = await http.call<Outcome>('GET', `/fhir/R4/$import-status/${runId}`, { token: admin });
        if (status.status === 202) seen.push(Number(status.headers.get('x-progress')?.replace('%', '')));
        if (status.status === 200) done = status;
        return status.status !== 202;
      },
      120_000,
    );
    expect(done?.status).toBe(200);
    assertValidFhir(done!.body);
    expect(done!.body.issue[0]!.details.text).toBe(
      `Imported. Of ${entries} entries, ${entries} imported, 0 matched, 0 refused, 0 ambiguous, 0 not mappable.`,
    );
    expect(seen.every((p) => p >= 0 && p < 100)).toBe(true);
    const [row] = await api.kernel.db.query<{ status: string; bundle: unknown; progress: number }>(
      'SELECT status, bundle, progress FROM core.fhir_import_runs WHERE id = $1',
      [runId],
    );
    expect(row).toEqual({ status: 'done', bundle: null, progress: 100 });
    const audited = await api.kernel.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM core.audit_log WHERE action = 'fhir:import' AND correlation_id = $1`,
      [runId],
    );
    expect(audited[0]!.n).toBe(1);
    // Its Provenance too, as the user who started it, naming every record the run created.
    const adminId = (
      await api.kernel.db.query<{ id: string }>(`SELECT id::text AS id FROM core.accounts WHERE username = 'admin'`)
    )[0]!.id;
    const provenance = await http.call<{ total: number; entry: { resource: { target: unknown[] } }[] }>(
      'GET',
      `/fhir/R4/Provenance?agent=${adminId}`,
      { token: admin },
    );
    expect(provenance.status).toBe(200);
    assertValidFhir(provenance.body);
    expect(provenance.body.total).toBe(1);
    expect(provenance.body.entry[0]!.resource.target).toHaveLength(entries);
  }, 180_000);

  it('shows a run to its requester only, and refuses an invalid bundle before storing anything', async () => {
    const { bundle } = largeBundle(1);
    const accepted = await http.call<Outcome>('POST', '/fhir/R4', { token: admin, body: bundle, headers: ASYNC });
    const runId = accepted.headers.get('content-location')!.split('/').pop()!;
    await new AccountService(api.kernel.db).createAccount({
      username: 'other.clerk',
      password: 'another long passphrase',
      displayName: 'other.clerk',
      roles: ['physician'],
    });
    const other = await http.login('other.clerk', 'another long passphrase');
    const foreign = await http.call<Outcome>('GET', `/fhir/R4/$import-status/${runId}`, { token: other });
    expect(foreign.status).toBe(404);
    assertValidFhir(foreign.body);

    const before = await api.kernel.db.query<{ n: number }>('SELECT count(*)::int AS n FROM core.fhir_import_runs');
    const invalid = await http.call<Outcome>('POST', '/fhir/R4', {
      token: admin,
      body: {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [{ resource: { resourceType: 'Patient', birthDate: 'soon' } }],
      },
      headers: ASYNC,
    });
    expect(invalid.status).toBe(400);
    const after = await api.kernel.db.query<{ n: number }>('SELECT count(*)::int AS n FROM core.fhir_import_runs');
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});
