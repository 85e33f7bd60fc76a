import { AccountService } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient } from './e2e-support';
import { assertValidBundle, assertValidFhir } from './fhir-validator';
import { startTestApi } from './test-api';

const PASSWORD = 'provenance e2e passphrase';
const FHIR_JSON = { 'content-type': 'application/fhir+json' };
const ICD_10 = 'http://hl7.org/fhir/sid/icd-10';
const SENDER = 'urn:oid:2.16.840.1.113883.19.77';

type Resource = { resourceType: string; id?: string; [element: string]: unknown };
interface Bundle {
  total: number;
  entry?: { resource: Resource }[];
}
interface Outcome {
  issue: { details: { coding: { code: string }[]; text: string } }[];
}
interface Provenance extends Resource {
  target: { reference: string }[];
  recorded: string;
  agent: { who: { identifier: { system: string; value: string } } }[];
  entity: { role: string; what: { identifier: { value: string }; display?: string } }[];
}

/** Another provider's patient with two problems (fictional). */
function senderBundle(family: string, transfer: number): object {
  const subject = { reference: 'urn:uuid:00000000-0000-4000-8000-0000000000a1' };
  return {
    resourceType: 'Bundle',
    type: 'collection',
    identifier: { system: SENDER, value: `transfer-${transfer}` },
    entry: [
      {
        fullUrl: subject.reference,
        resource: {
          resourceType: 'Patient',
          identifier: [{ system: SENDER, value: family }],
          name: [{ family, given: ['Prova'] }],
          birthDate: '1970-05-06',
          gender: 'female',
        },
      },
      ...['I10', 'E11.9'].map((code, n) => ({
        fullUrl: `urn:uuid:00000000-0000-4000-8000-0000000000b${n}`,
        resource: { resourceType: 'Condition', code: { coding: [{ system: ICD_10, code }] }, subject },
      })),
    ],
  };
}

/**
 * Each import that writes records stores a FHIR Provenance (who, when, from which system, what it created), read and
 * searched at /fhir/R4/Provenance with the permission, the care-relationship rule and the audit of any FHIR read.
 */
describe('FHIR Provenance of imports', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let adminId: string;
  let patientId: string;
  let provenance: Provenance;

  const fhir = <B>(path: string, token = admin) => http.call<B>('GET', `/fhir/R4${path}`, { token });
  const importing = (body: object) =>
    http.call<Outcome>('POST', '/fhir/R4', { token: admin, body, headers: FHIR_JSON });
  const accountWith = async (username: string, roles: string[]): Promise<{ id: string; token: string }> => {
    const account = await new AccountService(api.kernel.db).createAccount({
      username,
      password: PASSWORD,
      displayName: username,
      roles,
    });
    return { id: account.id, token: await http.login(username, PASSWORD) };
  };

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_fhir_provenance');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    adminId = (
      await api.kernel.db.query<{ id: string }>(`SELECT id::text FROM core.accounts WHERE username = 'admin'`)
    )[0]!.id;
    const imported = await importing(senderBundle('Provenza', 1));
    expect(imported.status).toBe(200);
    const found = await fhir<Bundle>(`/Patient?identifier=${SENDER}|Provenza`);
    patientId = found.body.entry![0]!.resource.id!;
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('records who imported which records, when and from where, as a valid R4 Provenance', async () => {
    const answer = await fhir<Bundle>(`/Provenance?target=Patient/${patientId}`);
    expect(answer.status).toBe(200);
    assertValidBundle(answer.body);
    expect(answer.body.total).toBe(1);
    provenance = answer.body.entry![0]!.resource as Provenance;
    assertValidFhir(provenance);
    expect(provenance.target.map((t) => t.reference)).toEqual([
      `Patient/${patientId}`,
      expect.stringMatching(/^Condition\//),
      expect.stringMatching(/^Condition\//),
    ]);
    expect(provenance.agent[0]!.who.identifier).toEqual({ system: 'urn:hms:account', value: adminId });
    expect(provenance.entity[0]).toMatchObject({
      role: 'source',
      what: { display: `Bundle from ${SENDER}|transfer-1` },
    });
    expect(Date.now() - Date.parse(provenance.recorded)).toBeLessThan(60_000);
    expect(JSON.stringify(provenance)).not.toMatch(/Provenza|Prova|1970-05-06/);
  });

  it('is read by id and searched by a target record, the agent and the date recorded', async () => {
    const read = await fhir<Provenance>(`/Provenance/${provenance.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(provenance);
    const condition = provenance.target[1]!.reference;
    const total = async (query: string) => (await fhir<Bundle>(`/Provenance?${query}`)).body.total;
    expect(await total(`target=${condition}`)).toBe(1);
    expect(await total(`patient=${patientId}`)).toBe(1);
    expect(await total(`agent=urn:hms:account|${adminId}`)).toBe(1);
    expect(await total(`agent=00000000-0000-4000-8000-000000000000`)).toBe(0);
    expect(await total(`target=Patient/${patientId}&recorded=ge${provenance.recorded.slice(0, 10)}`)).toBe(1);
    expect(await total(`target=Patient/${patientId}&recorded=lt2000-01-01`)).toBe(0);
    expect((await fhir<Outcome>('/Provenance/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await fhir<Outcome>('/Provenance?colour=blue')).status).toBe(400);
  });

  it('adds no second Provenance when the same bundle is imported again, and one for a new bundle', async () => {
    expect((await importing(senderBundle('Provenza', 1))).status).toBe(200);
    expect((await fhir<Bundle>(`/Provenance?target=Patient/${patientId}`)).body.total).toBe(1);
    expect((await importing(senderBundle('Secondo', 2))).status).toBe(200);
    expect((await fhir<Bundle>(`/Provenance?agent=${adminId}`)).body.total).toBe(2);
  });

  it('audits each read naming the patients it answered', async () => {
    const audited = await api.kernel.db.query<{ patient_ids: string[] }>(
      `SELECT patient_ids FROM core.audit_log
        WHERE action = 'fhir:search:Provenance' AND outcome = 'success' AND actor_id = $1`,
      [adminId],
    );
    // The reads that answered this patient's Provenance name them; those that answered none name no one.
    expect(audited.filter((r) => r.patient_ids.includes(patientId)).length).toBeGreaterThanOrEqual(8);
    expect(audited.every((r) => r.patient_ids.length === 0 || r.patient_ids.includes(patientId))).toBe(true);
  });

  it('refuses a user without the permission, and one without a care relationship with the patient named, audited', async () => {
    const nurse = await accountWith('nurse.noprov', ['nurse']);
    const refused = await fhir<Outcome>(`/Provenance?target=Patient/${patientId}`, nurse.token);
    expect(refused.status).toBe(403);
    assertValidFhir(refused.body);
    expect(refused.body.issue[0]!.details.coding[0]!.code).toBe('PERMISSION_REQUIRED');

    // As a hospital grants it: a role holding the permission, given to someone with no care relationship.
    const role = await http.call('PUT', '/api/admin/roles/import-reviewer', {
      token: admin,
      body: { description: 'Reviews imported records', permissions: ['core:provenance:read'] },
    });
    expect(role.status).toBe(200);
    const officer = await accountWith('reviewer.nocare', ['import-reviewer']);
    const named = await fhir<Outcome>(`/Provenance?target=Patient/${patientId}`, officer.token);
    expect(named.status).toBe(403);
    expect(named.body.issue[0]!.details.coding[0]!.code).toBe('CARE_RELATIONSHIP_REQUIRED');
    expect(named.text).not.toContain(provenance.id);
    // Unnamed, the patient's Provenance is left out rather than refused.
    const all = await fhir<Bundle>('/Provenance', officer.token);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(0);

    const denied = await api.kernel.db.query<{ actor_id: string; patient_ids: string[] }>(
      `SELECT actor_id::text, patient_ids FROM core.audit_log WHERE action = 'fhir:search:Provenance' AND outcome = 'denied'`,
    );
    expect(denied).toEqual(
      expect.arrayContaining([
        { actor_id: nurse.id, patient_ids: [patientId] },
        { actor_id: officer.id, patient_ids: [patientId] },
      ]),
    );
  });
});
