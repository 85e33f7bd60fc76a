import { randomUUID } from 'node:crypto';
import { AccountService } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, registration, type Answer } from './e2e-support';
import { startTestApi } from './test-api';

const PASSWORD = 'pharmacy test passphrase';

interface Lot {
  lot: string | null;
  expiresOn: string | null;
  quantity: number;
}
interface Dispensing {
  dispenseId: string;
  returnId: string | null;
  lots: Lot[];
  dispensed: number;
  outstanding: number | null;
  stock: { onHand: number };
}
interface AdministrationRecord {
  encounterId: string | null;
  medications: {
    medicationId: string;
    quantity: number | null;
    administrations: { outcome: string; recordedBy: string; administeredAt: string; dose: string | null }[];
  }[];
}

/**
 * The pharmacy and the ward's administration record over HTTP, through the API with real sessions, accounts and
 * roles: a physician prescribes for an inpatient, the pharmacist finds it on the worklist and dispenses it from two
 * lots, stock and the administration record agree, a nurse records doses, and a return puts stock back. Every
 * refusal is problem+json in plain words and changes nothing. Invented patients and medicines only.
 */
describe('pharmacy dispensing and the administration record over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let physician: string;
  let pharmacist: string;
  let nurse: string;
  let porter: string;
  const ids: Record<string, string> = {};

  const call = async <B = unknown>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer<B>> => http.call<B>(method, path, { token, body, headers });
  const ok = async <B = unknown>(method: string, path: string, token: string, body?: unknown): Promise<B> => {
    const answer = await call<B>(method, path, token, body);
    if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
    return answer.body;
  };
  const expectProblem = (answer: Answer, status: number, code: string) => {
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
    expect(answer.body).toMatchObject({ code });
  };
  const onHand = async (itemId: string, locationId: string): Promise<number> => {
    const item = await ok<{ stock: { location: { id: string }; onHand: number }[] }>(
      'GET',
      `/api/inventory/items/${itemId}`,
      pharmacist,
    );
    return item.stock.find((s) => s.location.id === locationId)?.onHand ?? 0;
  };
  const grant = async (patientId: string, username: string) =>
    await ok('POST', '/api/access/grants', admin, {
      patientId,
      accountId: ids[username],
      until: new Date(Date.now() + 8 * 3_600_000).toISOString(),
      reason: 'Caring for the patient on the ward',
    });

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_pharmacy');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    const accounts = new AccountService(api.kernel.db);
    await accounts.upsertRole('porter', 'Moves things', []);
    for (const [username, role] of [
      ['dr.pharm', 'physician'],
      ['pat.pharmacist', 'pharmacist'],
      ['nina.ward', 'nurse'],
      ['porter', 'porter'],
    ] as const) {
      const { id } = await accounts.createAccount({
        username,
        password: PASSWORD,
        displayName: username,
        roles: [role],
      });
      ids[username] = id;
    }
    physician = await http.login('dr.pharm', PASSWORD);
    pharmacist = await http.login('pat.pharmacist', PASSWORD);
    nurse = await http.login('nina.ward', PASSWORD);
    porter = await http.login('porter', PASSWORD);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('prescribes, dispenses two lots, records doses on the ward and takes a return back into stock', async () => {
    // The stores: a medicine with its drug code, on the formulary, in two lots (one expiring sooner).
    const pharmacy = await ok<{ id: string }>('POST', '/api/inventory/locations', admin, {
      code: 'PH',
      name: 'Pharmacy',
    });
    const amoxicillin = await ok<{ id: string; drugCode: unknown; formulary: boolean }>(
      'POST',
      '/api/inventory/items',
      admin,
      {
        code: 'AMOX-500',
        name: 'Amoxicillin 500 mg capsule',
        category: 'medicine',
        unit: 'capsule',
        drugCode: { system: 'ATC', code: 'J01CA04' },
        formulary: true,
      },
    );
    expect(amoxicillin).toMatchObject({ drugCode: { system: 'ATC', code: 'J01CA04' }, formulary: true });
    const receive = { itemId: amoxicillin.id, locationId: pharmacy.id };
    await ok('POST', '/api/inventory/receipts', admin, { ...receive, quantity: 6, lot: 'B2', expiresOn: '2030-04-30' });
    await ok('POST', '/api/inventory/receipts', admin, {
      ...receive,
      quantity: 30,
      lot: 'C3',
      expiresOn: '2031-01-31',
    });

    // A physician admits and prescribes, with the quantity to supply.
    const patientId = (
      await ok<{ id: string }>('POST', '/api/patients', admin, registration({ familyName: 'Dispenson' }))
    ).id;
    await grant(patientId, 'dr.pharm');
    await grant(patientId, 'nina.ward');
    const stay = await ok<{ encounterId: string }>('POST', '/api/encounters', physician, {
      patientId,
      class: 'inpatient',
    });
    const order = await ok<{ medicationId: string }>('POST', `/api/charts/${patientId}/medications`, physician, {
      medication: 'Amoxicillin 500 mg capsules',
      dosage: { dose: '500 mg', route: 'oral', frequency: 'three times daily' },
      quantity: 10,
    });

    // The pharmacist finds it on the worklist; a porter may not see it.
    const worklist = await ok<{ items: { prescriptionId: string; patientId: string; outstanding: number }[] }>(
      'GET',
      '/api/inventory/pharmacy/worklist',
      pharmacist,
    );
    expect(worklist.items).toEqual([
      expect.objectContaining({ prescriptionId: order.medicationId, patientId, outstanding: 10 }),
    ]);
    expectProblem(await call('GET', '/api/inventory/pharmacy/worklist', porter), 403, 'PERMISSION_REQUIRED');

    // Dispensing picks the earlier lot first and decrements stock in the same command.
    const dispenses = `/api/inventory/pharmacy/prescriptions/${order.medicationId}/dispenses`;
    const first = await ok<Dispensing>('POST', dispenses, pharmacist, { ...receive, quantity: 8 });
    expect(first.lots).toEqual([
      { lot: 'B2', expiresOn: '2030-04-30', quantity: 6 },
      { lot: 'C3', expiresOn: '2031-01-31', quantity: 2 },
    ]);
    expect(first).toMatchObject({ dispensed: 8, outstanding: 2, stock: { onHand: 28 } });
    expect(await onHand(amoxicillin.id, pharmacy.id)).toBe(28);

    // More than prescribed, bad input, or no permission: refused in plain words, nothing moves.
    const tooMany = await call('POST', dispenses, pharmacist, { ...receive, quantity: 3 });
    expectProblem(tooMany, 422, 'DISPENSE_EXCEEDS_PRESCRIPTION');
    expect((tooMany.body as { detail: string }).detail).toBe(
      '3 is more than the prescription allows: 10 prescribed, 8 already dispensed, so at most 2 more.',
    );
    expectProblem(await call('POST', dispenses, pharmacist, { ...receive, quantity: -1 }), 400, 'VALIDATION_FAILED');
    expectProblem(await call('POST', dispenses, porter, { ...receive, quantity: 1 }), 403, 'PERMISSION_REQUIRED');
    expect(await onHand(amoxicillin.id, pharmacy.id)).toBe(28);

    // The rest, sent twice with one Idempotency-Key: dispensed once.
    const key = randomUUID();
    const rest = await call<Dispensing>(
      'POST',
      dispenses,
      pharmacist,
      { ...receive, quantity: 2 },
      { 'idempotency-key': key },
    );
    const retry = await call<Dispensing>(
      'POST',
      dispenses,
      pharmacist,
      { ...receive, quantity: 2 },
      {
        'idempotency-key': key,
      },
    );
    expect(rest.status).toBe(201);
    expect(retry.body.dispenseId).toBe(rest.body.dispenseId);
    expect(await onHand(amoxicillin.id, pharmacy.id)).toBe(26);

    // The nurse records doses on the ward: given, held (with the reason); a refusal without one is refused.
    const doses = `/api/charts/${patientId}/administrations`;
    await ok('POST', doses, nurse, { medicationId: order.medicationId, outcome: 'given', dose: '1 capsule' });
    await ok('POST', doses, nurse, { medicationId: order.medicationId, outcome: 'held', reason: 'Vomiting' });
    expectProblem(
      await call('POST', doses, nurse, { medicationId: order.medicationId, outcome: 'refused' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await call('POST', doses, pharmacist, { medicationId: order.medicationId, outcome: 'given' }),
      403,
      'PERMISSION_REQUIRED',
    );

    // Stock and the administration record agree: 10 prescribed, 10 dispensed, 36 − 10 = 26 on the shelf.
    const record = await ok<AdministrationRecord>('GET', doses, nurse);
    expect(record.encounterId).toBe(stay.encounterId);
    const [course] = record.medications;
    expect(course).toMatchObject({ medicationId: order.medicationId, quantity: 10 });
    expect(course?.administrations.map((a) => [a.outcome, a.recordedBy]).sort()).toEqual([
      ['given', ids['nina.ward']],
      ['held', ids['nina.ward']],
    ]);
    const view = await ok<{ prescription: { dispensed: number; prescribed: number } }>(
      'GET',
      `/api/inventory/pharmacy/prescriptions/${order.medicationId}`,
      pharmacist,
    );
    expect(view.prescription).toMatchObject({ prescribed: 10, dispensed: 10 });
    expect(36 - view.prescription.dispensed).toBe(await onHand(amoxicillin.id, pharmacy.id));

    // A return puts stock back into its lot; more than the dispense left with the patient is refused.
    const returns = `/api/inventory/pharmacy/prescriptions/${order.medicationId}/returns`;
    const back = await ok<Dispensing>('POST', returns, pharmacist, {
      dispenseId: first.dispenseId,
      quantity: 3,
      reason: 'Course changed',
    });
    expect(back).toMatchObject({
      dispensed: 7,
      outstanding: 3,
      lots: [
        { lot: 'C3', quantity: 2 },
        { lot: 'B2', quantity: 1 },
      ],
    });
    expect(await onHand(amoxicillin.id, pharmacy.id)).toBe(29);
    const tooMuchBack = await call('POST', returns, pharmacist, {
      dispenseId: first.dispenseId,
      quantity: 6,
      reason: 'Course changed',
    });
    expectProblem(tooMuchBack, 422, 'RETURN_EXCEEDS_DISPENSED');
    expect(await onHand(amoxicillin.id, pharmacy.id)).toBe(29);

    // Who dispensed what to whom is in the audit log, naming the patient.
    const audited = await api.kernel.db.query<{ action: string }>(
      `SELECT action FROM core.audit_log WHERE actor_id = $1 AND $2 = ANY(patient_ids) ORDER BY id`,
      [ids['pat.pharmacist'] ?? '', patientId],
    );
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['inventory.DispensePrescription', 'inventory.ReturnDispensedMedication']),
    );
  });
});
