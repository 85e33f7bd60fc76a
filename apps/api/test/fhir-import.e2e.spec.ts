import { AccountService } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient } from './e2e-support';
import { assertValidFhir } from './fhir-validator';
import { startTestApi } from './test-api';

const FHIR_JSON = { 'content-type': 'application/fhir+json' };
const ICD_10 = 'http://hl7.org/fhir/sid/icd-10';
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const IDS = 'urn:oid:2.16.840.1.113883.19.5';

type Resource = { resourceType: string; id?: string; [element: string]: unknown };
interface Outcome {
  resourceType: 'OperationOutcome';
  issue: { severity: string; details: { coding: { code: string }[]; text: string }; expression?: string[] }[];
}
interface Bundle {
  total: number;
  entry?: { resource: Resource }[];
}

/** Another provider's two patients, with problems, allergies, measurements and prescriptions (32 clinical entries). */
function providerBundle(): { resourceType: 'Bundle'; type: string; identifier: object; entry: object[] } {
  const entry: object[] = [];
  const patients = [
    { key: 'p-1', family: 'Importwell', given: ['Irene', 'May'], birthDate: '1961-04-12', gender: 'female' },
    { key: 'p-2', family: 'Transferson', given: ['Tomas'], birthDate: '1979-11-30', gender: 'male' },
  ];
  patients.forEach((p, n) => {
    const subject = { reference: `urn:uuid:00000000-0000-4000-8000-00000000000${n + 1}` };
    entry.push({
      fullUrl: subject.reference,
      resource: {
        resourceType: 'Patient',
        identifier: [{ system: IDS, value: p.key }],
        name: [{ use: 'official', family: p.family, given: p.given }],
        gender: p.gender,
        birthDate: p.birthDate,
        telecom: [{ system: 'phone', value: '+44 20 7946 000' + n }],
      },
    });
    const clinical = (resource: object) =>
      entry.push({ fullUrl: `urn:uuid:10000000-0000-4000-8000-${String(entry.length).padStart(12, '0')}`, resource });
    (['E11.9', 'I10', 'J18.9', 'E03.9'] as const).forEach((code, i) =>
      clinical({
        resourceType: 'Condition',
        clinicalStatus: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
        },
        code: { coding: [{ system: ICD_10, code }] },
        subject,
        onsetDateTime: `201${i}-0${i + 2}-1${n}`,
      }),
    );
    [
      ['Penicillin', 'medication', 'high', 'Hives'],
      ['Peanut', 'food', 'high', 'Anaphylaxis'],
      ['House dust', 'environment', 'low', 'Sneezing'],
    ].forEach(([substance, category, criticality, reaction]) =>
      clinical({
        resourceType: 'AllergyIntolerance',
        clinicalStatus: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }],
        },
        code: { text: substance },
        category: [category],
        criticality,
        reaction: [{ manifestation: [{ text: reaction }], severity: 'moderate' }],
        patient: subject,
      }),
    );
    (
      [
        ['8867-4', 72 + n, '/min'],
        ['8310-5', 37.2, 'Cel'],
        ['29463-7', 70.5 + n, 'kg'],
        ['8480-6', 128, 'mm[Hg]'],
        ['8462-4', 82, 'mm[Hg]'],
        ['4548-4', 6.8, '%'],
      ] as const
    ).forEach(([code, value, unit], i) =>
      clinical({
        resourceType: 'Observation',
        status: 'final',
        code: { coding: [{ system: LOINC, code }] },
        subject,
        effectiveDateTime: `2024-05-0${i + 1}T09:30:00+02:00`,
        valueQuantity: { value, unit, system: UCUM, code: unit },
      }),
    );
    [
      ['Metformin 500 mg tablet', '500 mg', 'oral', 'twice a day'],
      ['Amlodipine 5 mg tablet', '5 mg', 'oral', 'once a day'],
    ].forEach(([medication, dose, route, frequency]) =>
      clinical({
        resourceType: 'MedicationRequest',
        status: 'active',
        intent: 'order',
        medicationCodeableConcept: { text: medication },
        subject,
        dosageInstruction: [{ text: `${dose}, ${route}, ${frequency}` }],
      }),
    );
  });
  // What the chart cannot take: a SNOMED-coded problem, and a type no plugin imports.
  entry.push({
    resource: {
      resourceType: 'Condition',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006' }] },
      subject: { reference: 'urn:uuid:00000000-0000-4000-8000-000000000001' },
    },
  });
  entry.push({
    resource: {
      resourceType: 'Immunization',
      status: 'completed',
      vaccineCode: { text: 'Influenza' },
      patient: { reference: 'urn:uuid:00000000-0000-4000-8000-000000000002' },
      occurrenceDateTime: '2025-10-01',
    },
  });
  return { resourceType: 'Bundle', type: 'collection', identifier: { system: IDS, value: 'transfer-42' }, entry };
}

/** A patient's clinical content as another system would compare it: codes, values, units, dates, words. */
function clinicalContentOf(everything: Bundle): string[] {
  return (everything.entry ?? [])
    .map(({ resource: r }) => {
      const coding = (r['code'] as { coding?: { system: string; code: string }[]; text?: string } | undefined) ?? {};
      const code = coding.coding?.[0] ? `${coding.coding[0].system}|${coding.coding[0].code}` : coding.text;
      switch (r.resourceType) {
        case 'Condition':
          return `Condition ${code} onset ${String(r['onsetDateTime'])}`;
        case 'AllergyIntolerance': {
          const reaction = (r['reaction'] as { manifestation: { text: string }[]; severity: string }[])[0]!;
          return `Allergy ${code} ${String(r['category'])} ${String(r['criticality'])} ${reaction.manifestation[0]!.text} ${reaction.severity}`;
        }
        case 'Observation': {
          const q = r['valueQuantity'] as { value: number; code: string; system: string };
          return `Observation ${code} ${q.value} ${q.system}|${q.code} at ${new Date(String(r['effectiveDateTime'])).toISOString()}`;
        }
        case 'MedicationRequest':
          return `Medication ${code} ${(r['dosageInstruction'] as { text: string }[])[0]!.text} ${String(r['status'])}`;
        default:
          return r.resourceType;
      }
    })
    .sort();
}

/**
 * Importing another provider's bundle over a real API: validated first (an invalid bundle changes nothing),
 * then each patient matched or registered and each clinical resource filed through the plugins' own commands,
 * exported again with the same clinical content, idempotent on a second import, and recorded in the audit log.
 */
describe('FHIR import over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;

  const importing = (body: unknown, query = '') =>
    http.call<Outcome>('POST', `/fhir/R4${query}`, { token: admin, body, headers: FHIR_JSON });
  const fhir = <B>(path: string) => http.call<B>('GET', `/fhir/R4${path}`, { token: admin });
  const patientIdOf = async (key: string): Promise<string | undefined> =>
    (await fhir<Bundle>(`/Patient?identifier=${IDS}|${key}`)).body.entry?.[0]?.resource.id;
  const countOf = async (sql: string): Promise<number> => (await api.kernel.db.query<{ n: number }>(sql))[0]!.n;
  const everything = async (patientId: string) =>
    (await fhir<Bundle>(`/Patient/${patientId}/$everything?_count=100`)).body;

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_fhir_import');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('refuses a bundle with invalid resources, naming each problem, and writes nothing', async () => {
    const invalid = providerBundle();
    const entries = invalid.entry as { resource: Record<string, unknown> }[];
    entries[0]!.resource['birthDate'] = 'in the spring';
    delete entries[9]!.resource['status'];
    entries[20]!.resource['colour'] = 'blue';
    const answer = await importing(invalid);
    expect(answer.status).toBe(400);
    assertValidFhir(answer.body);
    const texts = answer.body.issue.map((i) => i.details.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Bundle\.entry\[0\]\.resource Patient\.birthDate: /),
        expect.stringMatching(/^Bundle\.entry\[9\]\.resource Observation\.status: /),
        expect.stringMatching(/^Bundle\.entry\[20\]\.resource /),
      ]),
    );
    expect(answer.body.issue.every((i) => i.details.coding[0]!.code === 'FHIR_IMPORT_INVALID')).toBe(true);
    expect(await patientIdOf('p-1')).toBeUndefined();
    expect(await patientIdOf('p-2')).toBeUndefined();
    expect(await countOf(`SELECT count(*)::int AS n FROM core.audit_log WHERE action = 'fhir:import'`)).toBe(0);
  });

  it('imports patients and 32 clinical resources through the plugins, exported again with the same content', async () => {
    const bundle = providerBundle();
    const answer = await importing(bundle);
    expect([answer.status, answer.status === 200 ? '' : JSON.stringify(answer.body)]).toEqual([200, '']);
    assertValidFhir(answer.body);
    const [summary, ...entries] = answer.body.issue;
    expect(summary!.details.text).toBe(
      'Imported. Of 34 entries, 32 imported, 0 matched, 0 refused, 0 ambiguous, 2 not mappable.',
    );
    const outcomes = entries.map((i) => i.details.coding[0]!.code);
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(32);
    expect(entries[32]!.details.text).toContain('http://snomed.info/sct|44054006');
    expect(entries[33]!.details.text).toBe('No enabled plugin imports Immunization');

    for (const [key, n] of [
      ['p-1', 0],
      ['p-2', 1],
    ] as const) {
      const patientId = (await patientIdOf(key))!;
      expect(patientId).toBeDefined();
      const exported = await everything(patientId);
      const patient = exported.entry!.find((e) => e.resource.resourceType === 'Patient')!.resource;
      const sent = bundle.entry.filter((_, i) => i >= n * 16 && i < (n + 1) * 16) as { resource: Resource }[];
      expect(patient['name']).toEqual([
        expect.objectContaining({ family: (sent[0]!.resource['name'] as { family: string }[])[0]!.family }),
      ]);
      expect(patient['birthDate']).toBe(sent[0]!.resource['birthDate']);
      const expected = clinicalContentOf({ total: 15, entry: sent.slice(1) });
      expect(clinicalContentOf(exported).filter((line) => line !== 'Patient')).toEqual(expected);
    }
  });

  it('changes nothing when the same bundle is imported again', async () => {
    const ids = [(await patientIdOf('p-1'))!, (await patientIdOf('p-2'))!];
    const before = await Promise.all(ids.map(everything));
    const eventsBefore = await countOf('SELECT count(*)::int AS n FROM core.events');
    const again = await importing(providerBundle());
    expect(again.status).toBe(200);
    const outcomes = again.body.issue.slice(1).map((i) => i.details.coding[0]!.code);
    expect(outcomes.slice(0, 1)).toEqual(['matched']);
    expect(outcomes.filter((o) => o === 'matched')).toHaveLength(2);
    const after = await Promise.all(ids.map(everything));
    expect(after.map((b) => b.entry!.map((e) => e.resource.id).sort())).toEqual(
      before.map((b) => b.entry!.map((e) => e.resource.id).sort()),
    );
    const eventsAfter = await countOf('SELECT count(*)::int AS n FROM core.events');
    expect(eventsAfter).toBe(eventsBefore);
  });

  it('records each import in the audit log: who, when, from where, and what became of the entries', async () => {
    const records = await api.kernel.db.query<{
      actor_id: string;
      patient_ids: string[];
      details: Record<string, unknown>;
    }>(`SELECT actor_id, patient_ids, details FROM core.audit_log WHERE action = 'fhir:import' ORDER BY at`);
    expect(records).toHaveLength(2);
    const ids = [(await patientIdOf('p-1'))!, (await patientIdOf('p-2'))!];
    expect([...records[0]!.patient_ids].sort()).toEqual([...ids].sort());
    expect(records[0]!.details).toMatchObject({
      askedBy: 'fhir',
      bundleSource: `${IDS}|transfer-42`,
      outcomes: { created: 32, 'not-mappable': 2 },
    });
    expect(records[1]!.details).toMatchObject({ outcomes: { created: 30, matched: 2, 'not-mappable': 2 } });
    expect(records[0]!.details['targets']).toEqual(records[1]!.details['targets']);
  });

  it("sends each entry as the user's command: a physician outside the patient's care is refused, nothing filed", async () => {
    await new AccountService(api.kernel.db).createAccount({
      username: 'dr.elsewhere',
      password: 'fhir import test passphrase',
      displayName: 'dr.elsewhere',
      roles: ['physician'],
    });
    const physician = await http.login('dr.elsewhere', 'fhir import test passphrase');
    const patientId = (await patientIdOf('p-1'))!;
    const before = clinicalContentOf(await everything(patientId));
    const answer = await http.call<Outcome>('POST', '/fhir/R4', {
      token: physician,
      headers: FHIR_JSON,
      body: {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          {
            resource: {
              resourceType: 'Condition',
              code: { coding: [{ system: ICD_10, code: 'E10.9' }] },
              subject: { reference: `Patient/${patientId}` },
            },
          },
        ],
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.issue.slice(1).map((i) => [i.details.coding[0]!.code, i.details.text])).toEqual([
      ['failed', expect.stringMatching(/^CARE_RELATIONSHIP_REQUIRED: /)],
    ]);
    expect(clinicalContentOf(await everything(patientId))).toEqual(before);
  });

  it('imports one bundle sent twice at once only once', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:20000000-0000-4000-8000-000000000001',
          resource: {
            resourceType: 'Patient',
            identifier: [{ system: IDS, value: 'p-3' }],
            name: [{ family: 'Twiceton', given: ['Tess'] }],
            birthDate: '1990-01-01',
          },
        },
        ...[72, 74, 76].map((value, i) => ({
          fullUrl: `urn:uuid:20000000-0000-4000-8000-00000000001${i}`,
          resource: {
            resourceType: 'Observation',
            status: 'final',
            code: { coding: [{ system: LOINC, code: '8867-4' }] },
            subject: { reference: 'urn:uuid:20000000-0000-4000-8000-000000000001' },
            effectiveDateTime: `2024-06-0${i + 1}T08:00:00Z`,
            valueQuantity: { value, unit: '/min', system: UCUM, code: '/min' },
          },
        })),
      ],
    };
    const answers = await Promise.all([importing(bundle), importing(bundle)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    // Both went through without a refusal: the second registration was the first one's, not a refused duplicate.
    for (const answer of answers) {
      const outcomes = answer.body.issue.slice(1).map((i) => i.details.coding[0]!.code);
      expect(outcomes.every((o) => o === 'created' || o === 'matched')).toBe(true);
    }
    const found = await fhir<Bundle>(`/Patient?identifier=${IDS}|p-3`);
    expect(found.body.total).toBe(1);
    const exported = await everything(found.body.entry![0]!.resource.id!);
    expect(exported.entry!.filter((e) => e.resource.resourceType === 'Observation')).toHaveLength(3);
  });

  it('matches a patient no identifier names by the duplicate rules instead of refusing a likely duplicate', async () => {
    const registered = await http.call<{ id: string }>('POST', '/api/patients', {
      token: admin,
      body: { givenName: 'Dora', familyName: 'Duplicaton', birthDate: '1975-02-03', gender: 'female' },
    });
    expect(registered.status).toBe(201);
    const subject = 'urn:uuid:30000000-0000-4000-8000-000000000001';
    const answer = await importing({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: subject,
          resource: {
            resourceType: 'Patient',
            identifier: [{ system: IDS, value: 'elsewhere-77' }],
            name: [{ family: 'Duplicaton', given: ['Dora'] }],
            birthDate: '1975-02-03',
            gender: 'female',
          },
        },
        {
          fullUrl: 'urn:uuid:30000000-0000-4000-8000-000000000002',
          resource: {
            resourceType: 'Condition',
            code: { coding: [{ system: ICD_10, code: 'I10' }] },
            subject: { reference: subject },
          },
        },
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.issue.slice(1).map((i) => [i.details.coding[0]!.code, i.details.text])).toEqual([
      ['matched', `Matched by the duplicate rules (no identifier named it): Patient/${registered.body.id}`],
      ['created', expect.stringContaining('Condition/')],
    ]);
    const exported = await everything(registered.body.id);
    expect(exported.entry!.filter((e) => e.resource.resourceType === 'Condition')).toHaveLength(1);
    const asked = await api.kernel.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM core.audit_log
        WHERE action = 'patient.FindDuplicateCandidates' AND details->>'askedFor' = 'fhir:match:Patient'`,
    );
    expect(asked[0]!.n).toBeGreaterThanOrEqual(1);
  });
});
