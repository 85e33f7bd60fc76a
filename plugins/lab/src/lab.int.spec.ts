import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import {
  AcknowledgeCriticalResult,
  CollectSpecimen,
  EnterResults,
  PlaceLabOrder,
  ReceiveSpecimen,
  ValidateResults,
} from './contracts/commands';
import { LAB_RESULT_READ } from './contracts/permissions';
import { GetCumulativeResults, GetLabOrder, ListLabWorklist } from './contracts/queries';
import { labOrderStream } from './domain/lab-order/lab-order.stream';
import { labPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const TECHNICIAN = 'technician-one';
const VALIDATOR = 'technician-two';

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string; message?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string; message?: string }) => error,
  );

describe('the laboratory on the real kernel', () => {
  let kernel: TestKernel;
  let requester: string;
  let patientId: string;

  /** An order of the basic metabolic panel taken through to results entered by the technician. */
  const resultedOrder = async (potassium: number): Promise<string> => {
    const order = await kernel.execute(
      PlaceLabOrder,
      { patientId, panels: ['51990-0'], priority: 'stat', clinicalQuestion: 'Hyperkalaemia?' },
      { actorId: requester },
    );
    await kernel.execute(CollectSpecimen, { orderId: order.id });
    await kernel.execute(ReceiveSpecimen, { orderId: order.id }, { actorId: TECHNICIAN });
    await kernel.execute(
      EnterResults,
      {
        orderId: order.id,
        results: [
          { code: '2951-2', value: 139 },
          { code: '2823-3', value: potassium },
          { code: '2339-0', value: 5.1 },
          { code: '2160-0', value: 120 },
        ],
      },
      { actorId: TECHNICIAN },
    );
    return order.id;
  };

  beforeAll(async () => {
    // Two lanes: commands sent together run in separate transactions and race on the order's stream.
    kernel = await createTestKernel({ plugins: [patientPlugin, labPlugin], now: NOW, commandLanes: 2 });
    requester = (await kernel.notifications.addPerson({ roles: ['physician'] })).id;
    patientId = (
      await kernel.execute(RegisterPatient, {
        givenName: 'Fictional',
        familyName: 'Labpatient',
        birthDate: '1958-06-15',
        gender: 'male',
      })
    ).id;
  });
  afterAll(async () => kernel?.close());

  it('takes an order from the chart to released results, flagged for a man of 67, entered and validated by two people', async () => {
    const orderId = await resultedOrder(4.4);
    const entered = await kernel.ask(GetLabOrder, { orderId });
    expect(entered).toMatchObject({ status: 'resulted', accession: expect.stringMatching(/^LAB-\d{6}$/) });
    expect(entered.labels).toEqual([
      { specimen: 'serum', labelCode: `${entered.accession}-SST` },
      { specimen: 'whole-blood', labelCode: `${entered.accession}-EDTA` },
    ]);
    // Creatinine 120 µmol/L is high for a man (60–110).
    expect(entered.results.find((r) => r.code === '2160-0')).toMatchObject({ flag: 'H', referenceHigh: 110 });

    const sameHands = await rejection(kernel.execute(ValidateResults, { orderId }, { actorId: TECHNICIAN }));
    expect(sameHands).toMatchObject({ status: 422, code: 'VALIDATOR_ENTERED_RESULTS' });
    expect(sameHands.message).toMatch(/someone else must validate/);

    const released = await kernel.execute(ValidateResults, { orderId }, { actorId: VALIDATOR });
    expect(released).toMatchObject({ status: 'released', validatedBy: VALIDATOR, releasedAt: NOW, critical: false });
    const events = (await kernel.readStream(labOrderStream(orderId))).map((e) => e.type);
    expect(events.filter((t) => t === 'lab.ResultReleased')).toHaveLength(4);
    expect(await kernel.notifications.list()).toEqual([]);
  });

  it('raises a critical potassium to the requester in person, who acknowledges it (recorded and audited)', async () => {
    kernel.clock.advance(6 * 60 * 60 * 1000); // the next morning's bloods, six hours later
    const orderId = await resultedOrder(6.9);
    await kernel.execute(ValidateResults, { orderId }, { actorId: VALIDATOR });
    await kernel.settle();

    const [raised] = await kernel.notifications.list();
    expect(raised).toMatchObject({
      kind: 'lab.critical-result',
      subjectKey: orderId,
      status: 'open',
      recipients: [requester],
      link: `/lab/orders/${orderId}`,
      facts: expect.objectContaining({ orderId, tests: '2823-3 HH', critical: 1 }),
    });
    expect(await kernel.notifications.inbox(requester)).toEqual([
      expect.objectContaining({ subjectKey: orderId, unread: true, resolvedAt: null }),
    ]);

    const acknowledged = await kernel.execute(
      AcknowledgeCriticalResult,
      { orderId },
      { actorId: requester, permissions: [LAB_RESULT_READ.name] },
    );
    expect(acknowledged.criticalAcknowledgedAt).toBe(kernel.clock.now());
    await kernel.settle();
    expect(await kernel.notifications.inbox(requester)).toEqual([
      expect.objectContaining({ subjectKey: orderId, resolvedAt: kernel.clock.now() }),
    ]);
    const audit = await kernel.sql.query<{ actor_id: string; outcome: string }>(
      `SELECT actor_id, outcome FROM core.audit_log WHERE action = 'lab.AcknowledgeCriticalResult' AND $1 = ANY(patient_ids)`,
      [patientId],
    );
    expect(audit).toEqual([{ actor_id: requester, outcome: 'success' }]);
    const again = await rejection(kernel.execute(AcknowledgeCriticalResult, { orderId }, { actorId: requester }));
    expect(again).toMatchObject({ status: 422, code: 'CRITICAL_ALREADY_ACKNOWLEDGED' });
  });

  it("keeps each test's released results together, oldest first: the cumulative view", async () => {
    const cumulative = await kernel.ask(GetCumulativeResults, { patientId });
    const potassium = cumulative.tests.find((t) => t.code === '2823-3');
    expect(potassium).toMatchObject({ name: 'Potassium', unit: 'mmol/L' });
    expect(potassium?.results.map((r) => [r.value, r.flag])).toEqual([
      [4.4, 'N'],
      [6.9, 'HH'],
    ]);
    expect(cumulative.tests.map((t) => t.code).sort()).toEqual(['2160-0', '2339-0', '2823-3', '2951-2']);
  });

  it('lets the requester read the results under the care rule, and nobody else without a relationship', async () => {
    const reader = { permissions: [LAB_RESULT_READ.name] };
    await expect(
      kernel.ask(GetCumulativeResults, { patientId }, { ...reader, actorId: requester }),
    ).resolves.toMatchObject({
      patientId,
    });
    expect(
      await rejection(kernel.ask(GetCumulativeResults, { patientId }, { ...reader, actorId: 'someone-else' })),
    ).toMatchObject({
      status: 403,
      code: 'CARE_RELATIONSHIP_REQUIRED',
    });
  });

  it('releases once when two validators press at the same moment: one wins, the other is told it is released', async () => {
    const orderId = await resultedOrder(4.6);
    const outcomes = await Promise.allSettled([
      kernel.execute(ValidateResults, { orderId }, { actorId: VALIDATOR }),
      kernel.execute(ValidateResults, { orderId }, { actorId: 'technician-three' }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'WRONG_ORDER_STATUS' });
    const events = (await kernel.readStream(labOrderStream(orderId))).map((e) => e.type);
    expect(events.filter((t) => t === 'lab.ResultsValidated')).toHaveLength(1);
    expect(events.filter((t) => t === 'lab.ResultReleased')).toHaveLength(4);
  });

  it('puts stat orders waiting for results at the top of the worklist', async () => {
    const routine = await kernel.execute(PlaceLabOrder, { patientId, tests: ['718-7'] }, { actorId: requester });
    const stat = await kernel.execute(
      PlaceLabOrder,
      { patientId, tests: ['2823-3'], priority: 'stat' },
      { actorId: requester },
    );
    const worklist = await kernel.ask(ListLabWorklist, { status: 'placed' });
    expect(worklist.items.map((o) => o.id)).toEqual([stat.id, routine.id]);
  });

  it('refuses an order for a patient the master index does not know, in plain words', async () => {
    const unknown = await rejection(
      kernel.execute(PlaceLabOrder, { patientId: '00000000-0000-4000-8000-00000000dead', tests: ['2823-3'] }),
    );
    expect(unknown).toMatchObject({ status: 404, code: 'PATIENT_NOT_FOUND' });
  });
});
