import { AccountService } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, registration, type Answer } from './e2e-support';
import { startTestApi } from './test-api';

const PASSWORD = 'laboratory test passphrase';

interface Order {
  id: string;
  accession: string;
  status: string;
  labels: { specimen: string; labelCode: string }[];
  results: { code: string; value: number; flag: string | null }[];
  critical: boolean;
  criticalAcknowledgedAt: string | null;
}
interface InboxItem {
  kind: string;
  subjectKey: string;
  link: string;
  unread: boolean;
  resolvedAt: string | null;
}
interface Bundle {
  total: number;
  entry?: { resource: { code: { coding: { code: string }[] }; valueQuantity: { value: number; unit: string } } }[];
}

/**
 * The laboratory over HTTP, through the compiled API with real sessions and roles: a physician orders a basic
 * metabolic panel from the chart, a technician collects, receives and enters the results, a second technician
 * validates them (the first may not), the critical potassium reaches the physician's inbox, the results appear in
 * the cumulative view and the chart's observations, and the acknowledgement is recorded and audited. Invented
 * patients only.
 */
describe('the laboratory over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let physician: string;
  let physicianId: string;
  let technician: string;
  let colleague: string;
  let patientId: string;
  let order: Order;

  const call = <B = unknown>(method: string, path: string, token: string, body?: unknown): Promise<Answer<B>> =>
    http.call<B>(method, path, { token, body });
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
  const labObservations = () =>
    ok<Bundle>('GET', `/fhir/R4/Observation?patient=${patientId}&category=laboratory`, admin);

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_lab');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    const accounts = new AccountService(api.kernel.db);
    const person = async (username: string, roles: string[]) =>
      (await accounts.createAccount({ username, password: PASSWORD, displayName: username, roles })).id;
    physicianId = await person('dr.lab', ['physician']);
    await person('tech.one', ['lab-technician']);
    await person('tech.two', ['lab-technician']);
    physician = await http.login('dr.lab', PASSWORD);
    technician = await http.login('tech.one', PASSWORD);
    colleague = await http.login('tech.two', PASSWORD);
    patientId = (
      await ok<{ id: string }>(
        'POST',
        '/api/patients',
        admin,
        registration({ birthDate: '1950-02-11', gender: 'male' }),
      )
    ).id;
    // The physician cares for the patient (a grant here; on a ward it is the ward's team or the encounter's).
    await ok('POST', '/api/access/grants', admin, {
      patientId,
      accountId: physicianId,
      until: new Date(Date.now() + 8 * 3_600_000).toISOString(),
      reason: 'Admitting physician',
    });
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('takes an order from the chart through the laboratory to validated results, by two technicians', async () => {
    const placed = await call<Order>('POST', '/api/lab/orders', physician, {
      patientId,
      panels: ['51990-0'],
      priority: 'stat',
      clinicalQuestion: 'Hyperkalaemia on ACE inhibitor?',
    });
    expect(placed.status).toBe(201);
    order = placed.body;
    expect(order).toMatchObject({ status: 'placed', accession: expect.stringMatching(/^LAB-\d{6}$/) });

    const collected = await ok<Order>('POST', `/api/lab/orders/${order.id}/collect`, technician, {});
    expect(collected.labels.map((l) => l.labelCode)).toEqual([`${order.accession}-SST`, `${order.accession}-EDTA`]);
    const waiting = await ok<{ items: { id: string }[] }>('GET', '/api/lab/worklist?status=collected', technician);
    expect(waiting.items.map((o) => o.id)).toContain(order.id);
    await ok('POST', `/api/lab/orders/${order.id}/receive`, technician, {});
    expectProblem(
      await call('POST', `/api/lab/orders/${order.id}/results`, technician, {
        results: [{ code: '2823-3', value: 'high' }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    const entered = await ok<Order>('POST', `/api/lab/orders/${order.id}/results`, technician, {
      results: [
        { code: '2951-2', value: 138 },
        { code: '2823-3', value: 7.1 },
        { code: '2339-0', value: 6.2 },
        { code: '2160-0', value: 95 },
      ],
    });
    expect(Object.fromEntries(entered.results.map((r) => [r.code, r.flag]))).toEqual({
      '2951-2': 'N',
      '2823-3': 'HH',
      '2339-0': 'N',
      '2160-0': 'N',
    });

    const sameHands = await call<{ detail?: string; title?: string }>(
      'POST',
      `/api/lab/orders/${order.id}/validate`,
      technician,
      {},
    );
    expectProblem(sameHands, 422, 'VALIDATOR_ENTERED_RESULTS');
    expect(JSON.stringify(sameHands.body)).toContain('someone else must validate');
    const released = await ok<Order>('POST', `/api/lab/orders/${order.id}/validate`, colleague, {});
    expect(released).toMatchObject({ status: 'released', critical: true });
  });

  it("raises the critical potassium in the requesting physician's inbox", async () => {
    const inbox = await ok<{ items: InboxItem[]; unread: number }>('GET', '/api/notifications', physician);
    expect(inbox.items).toEqual([
      expect.objectContaining({
        kind: 'lab.critical-result',
        subjectKey: order.id,
        link: `/lab/orders/${order.id}`,
        unread: true,
      }),
    ]);
    const technicians = await ok<{ items: InboxItem[] }>('GET', '/api/notifications', technician);
    expect(technicians.items).toEqual([]);
  });

  it('shows the released results in the cumulative view and the chart, and not to the bench', async () => {
    const cumulative = await ok<{ tests: { code: string; results: { value: number; flag: string }[] }[] }>(
      'GET',
      `/api/lab/patients/${patientId}/results`,
      physician,
    );
    expect(cumulative.tests.find((t) => t.code === '2823-3')?.results).toEqual([
      expect.objectContaining({ value: 7.1, flag: 'HH' }),
    ]);
    expectProblem(await call('GET', `/api/lab/patients/${patientId}/results`, technician), 403, 'PERMISSION_REQUIRED');

    // The chart takes the released results through its reaction (asynchronous): wait for the four observations.
    const deadline = Date.now() + 10_000;
    let chart = await labObservations();
    while (chart.total < 4 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      chart = await labObservations();
    }
    expect(chart.total).toBe(4);
    const potassium = chart.entry?.find((e) => e.resource.code.coding.some((c) => c.code === '2823-3'));
    expect(potassium?.resource.valueQuantity).toMatchObject({ value: 7.1, unit: 'mmol/L' });
  });

  it('records and audits the acknowledgement, and clears the notification', async () => {
    const acknowledged = await ok<Order>('POST', `/api/lab/orders/${order.id}/acknowledge-critical`, physician, {});
    expect(acknowledged.criticalAcknowledgedAt).toEqual(expect.any(String));
    const inbox = await ok<{ items: InboxItem[]; unread: number }>('GET', '/api/notifications', physician);
    expect(inbox.unread).toBe(0);
    // Resolved: it leaves the open inbox (of the requester and anyone else it reached).
    expect(inbox.items.filter((i) => i.subjectKey === order.id && i.resolvedAt === null)).toEqual([]);
    const audit = await api.kernel.db.query<{ actor_id: string; outcome: string }>(
      `SELECT actor_id, outcome FROM core.audit_log WHERE action = 'lab.AcknowledgeCriticalResult' AND $1 = ANY(patient_ids)`,
      [patientId],
    );
    expect(audit).toEqual([{ actor_id: physicianId, outcome: 'success' }]);
    expectProblem(
      await call('POST', `/api/lab/orders/${order.id}/acknowledge-critical`, physician, {}),
      422,
      'CRITICAL_ALREADY_ACKNOWLEDGED',
    );
  });

  it("files an analyser's HL7 message as its interface account, once, and refuses an unknown tube with a NAK", async () => {
    const accounts = new AccountService(api.kernel.db);
    await accounts.createAccount({
      username: 'cobas-interface',
      password: PASSWORD,
      displayName: 'Cobas interface',
      roles: ['lab-analyser-interface'],
    });
    const analyser = await http.login('cobas-interface', PASSWORD);
    const next = await ok<Order>('POST', '/api/lab/orders', physician, { patientId, tests: ['2823-3'] });
    await ok('POST', `/api/lab/orders/${next.id}/collect`, technician, {});
    await ok('POST', `/api/lab/orders/${next.id}/receive`, technician, {});
    const message = (controlId: string, specimen: string) =>
      [
        `MSH|^~\\&|COBAS|MAIN-LAB|HMS|HOSPITAL|20260302081500||ORU^R01|${controlId}|P|2.5.1`,
        `OBR|1||${specimen}`,
        'OBX|1|NM|2823-3^Potassium^LN||4.9|mmol/L|||||F',
      ].join('\r');

    const filed = await call<{ status: string; ack: string }>('POST', '/api/lab/analyser/messages', analyser, {
      message: message('E2E-1', `${next.accession}-SST`),
    });
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({ status: 'accepted', ack: expect.stringContaining('\rMSA|AA|E2E-1\r') });
    const again = await ok<{ status: string }>('POST', '/api/lab/analyser/messages', analyser, {
      message: message('E2E-1', `${next.accession}-SST`),
    });
    expect(again.status).toBe('duplicate');
    const waiting = await ok<Order & { results: { enteredBy: string }[] }>(
      'GET',
      `/api/lab/worklist/${next.id}`,
      technician,
    );
    expect(waiting).toMatchObject({ status: 'resulted', results: [expect.objectContaining({ value: 4.9 })] });
    // The interface may not release what it filed; the bench may not file as an analyser.
    expectProblem(await call('POST', `/api/lab/orders/${next.id}/validate`, analyser, {}), 403, 'PERMISSION_REQUIRED');
    expectProblem(
      await call('POST', '/api/lab/analyser/messages', technician, { message: message('E2E-2', next.accession) }),
      403,
      'PERMISSION_REQUIRED',
    );

    const unknown = await call<{ details: { ack: string } }>('POST', '/api/lab/analyser/messages', analyser, {
      message: message('E2E-3', 'LAB-999999'),
    });
    expectProblem(unknown, 404, 'ANALYSER_UNKNOWN_SPECIMEN');
    expect(unknown.body.details.ack).toContain('\rMSA|AE|E2E-3|No laboratory order has the specimen LAB-999999.\r');
  });
});
