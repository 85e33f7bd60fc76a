import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient, registration, type Answer } from './e2e-support';
import { assertValidBundle, assertValidFhir } from './fhir-validator';
import { startTestApi } from './test-api';

type Resource = { resourceType: string; id: string; [k: string]: unknown };
interface Bundle {
  resourceType: string;
  total: number;
  entry?: { resource: Resource }[];
}

/**
 * Billing's FHIR Coverage, Claim and ClaimResponse over a real API: a cover, a claim drafted with the chart's
 * diagnosis, submitted, accepted and partly denied, read and searched through FHIR, each answer valid against the
 * base R4 structure definitions, money in FHIR decimals from billing's minor units, and the reads audited.
 */
describe('FHIR billing resources over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let token: string;
  let patientId: string;
  let payerId: string;
  let coverageId: string;
  let claimId: string;

  const fhir = <B>(path: string): Promise<Answer<B>> => http.call<B>('GET', `/fhir/R4${path}`, { token });
  const post = async (path: string, body: unknown, status = 201): Promise<Record<string, string>> => {
    const answer = await http.call<Record<string, string>>('POST', path, { token, body });
    expect({ path, status: answer.status }).toEqual({ path, status });
    return answer.body;
  };

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_fhir_billing');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    token = await http.login('admin', ADMIN_PASSWORD);
    payerId = randomUUID();
    await post('/api/billing/services', {
      serviceCode: 'CONS-GP',
      name: 'General consultation',
      category: 'consultation',
    });
    const list = await post('/api/billing/price-lists', {
      name: 'Jamii Insurance',
      payer: { kind: 'insurer', payerId },
      currency: 'KES',
    });
    await post(
      `/api/billing/price-lists/${list.priceListId}/prices`,
      { serviceCode: 'CONS-GP', unitPrice: { amount: 120_000, currency: 'KES' }, validFrom: '2020-01-01' },
      200,
    );
    patientId = (await post('/api/patients', registration({ familyName: 'Insured' }))).id!;
    coverageId = (
      await post(`/api/billing/accounts/${patientId}/coverages`, {
        payerId,
        policyNumber: 'JAMII-42',
        validFrom: '2020-01-01',
        terms: {
          deductiblePerYear: { amount: 0, currency: 'KES' },
          copays: [],
          coinsuranceBp: 2000,
          excludedServices: [],
          excludedCategories: [],
        },
      })
    ).coverageId!;
    const encounterId = randomUUID();
    const chargeIds: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const charged = await post(`/api/billing/accounts/${patientId}/charges`, {
        encounterId,
        serviceCode: 'CONS-GP',
        serviceDate: new Date().toISOString().slice(0, 10),
        quantity: 1,
        source: { kind: 'manual', reason: 'Review' },
      });
      chargeIds.push(charged.chargeId!);
    }
    await post(`/api/charts/${patientId}/problems`, { kind: 'diagnosis', code: 'J18.9' });
    claimId = (await post('/api/billing/claims', { patientId, coverageId, chargeIds })).claimId!;
    const claim = `/api/billing/claims/${claimId}`;
    await post(`${claim}/submit`, {}, 200);
    await post(`${claim}/accept`, { payerReference: 'JAMII-CLM-1' }, 200);
    await post(
      `${claim}/adjudication`,
      {
        outcome: 'partial',
        item: [
          {
            itemSequence: 1,
            eligible: { amount: 96_000, currency: 'KES' },
            benefit: { amount: 96_000, currency: 'KES' },
          },
          {
            itemSequence: 2,
            eligible: { amount: 96_000, currency: 'KES' },
            benefit: { amount: 36_000, currency: 'KES' },
            reasonCode: 'CO-45',
          },
        ],
      },
      200,
    );
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('answers the patient’s Coverage, read and searched, valid, with the co-insurance and the deductible', async () => {
    const read = await fhir<Resource>(`/Coverage/${coverageId}`);
    expect(read.status).toBe(200);
    assertValidFhir(read.body);
    expect(read.body).toMatchObject({
      resourceType: 'Coverage',
      status: 'active',
      beneficiary: { reference: `Patient/${patientId}` },
      identifier: [{ value: 'JAMII-42' }],
      payor: [{ identifier: { system: 'urn:hms:payer', value: payerId } }],
      period: { start: '2020-01-01' },
    });
    expect(read.body['costToBeneficiary']).toEqual([
      expect.objectContaining({ valueQuantity: expect.objectContaining({ value: 20, code: '%' }) }),
      expect.objectContaining({ valueMoney: { value: 0, currency: 'KES' } }),
    ]);
    const search = await fhir<Bundle>(`/Coverage?patient=Patient/${patientId}`);
    assertValidBundle(search.body);
    expect(search.body.entry!.map((e) => e.resource.id)).toEqual([coverageId]);
    expect((await fhir<Resource>(`/Coverage/${randomUUID()}`)).status).toBe(404);
    expect((await fhir<Resource>('/Coverage')).status).toBe(400);
  });

  it('answers the Claim with its lines, diagnosis and cover, and the ClaimResponse with the payer’s decision', async () => {
    const claim = await fhir<Resource>(`/Claim/${claimId}`);
    expect(claim.status).toBe(200);
    assertValidFhir(claim.body);
    expect(claim.body).toMatchObject({
      resourceType: 'Claim',
      status: 'active',
      use: 'claim',
      patient: { reference: `Patient/${patientId}` },
      insurance: [{ focal: true, coverage: { reference: `Coverage/${coverageId}` } }],
      diagnosis: [{ diagnosisCodeableConcept: { coding: [{ code: 'J18.9' }] } }],
      total: { value: 1920, currency: 'KES' },
    });
    expect((claim.body['item'] as unknown[]).length).toBe(2);

    const response = await fhir<Resource>(`/ClaimResponse/${claimId}`);
    expect(response.status).toBe(200);
    assertValidFhir(response.body);
    expect(response.body).toMatchObject({
      request: { reference: `Claim/${claimId}` },
      outcome: 'complete',
      total: [{ amount: { value: 1320, currency: 'KES' } }],
    });
    const denied = (response.body['item'] as { itemSequence: number; adjudication: { reason?: unknown }[] }[]).find(
      (i) => i.itemSequence === 2,
    )!;
    expect(denied.adjudication[0]!.reason).toEqual({
      coding: [{ system: 'urn:hms:claim-denial-reason', code: 'CO-45' }],
    });

    for (const type of ['Claim', 'ClaimResponse']) {
      const search = await fhir<Bundle>(`/${type}?patient=${patientId}`);
      assertValidBundle(search.body);
      expect(search.body.entry!.map((e) => e.resource.id)).toEqual([claimId]);
    }
  });

  it('joins $everything and audits the billing reads as reads of the patient', async () => {
    const everything = await fhir<Bundle>(`/Patient/${patientId}/$everything?_count=100`);
    assertValidBundle(everything.body);
    const types = everything.body.entry!.map((e) => e.resource.resourceType);
    expect(types).toEqual(expect.arrayContaining(['Coverage', 'Claim', 'ClaimResponse']));
    const audited = await api.kernel.db.query<{ action: string }>(
      `SELECT DISTINCT action FROM core.audit_log
        WHERE $1 = ANY (patient_ids) AND outcome = 'success' AND details->>'askedBy' = 'fhir'`,
      [patientId],
    );
    expect(audited.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'billing.FindFhirCoverage',
        'billing.GetFhirCoverages',
        'billing.FindFhirClaim',
        'billing.GetFhirClaims',
      ]),
    );
  });
});
