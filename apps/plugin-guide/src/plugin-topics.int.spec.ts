import { patientPlugin } from '@hms/plugin-patient';
import { GetPatientTimeline, RegisterPatient } from '@hms/plugin-patient/contracts';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import type * as YTypes from 'yjs' with { 'resolution-mode': 'import' };
import { ListLabOrders, PlaceLabOrder } from './contracts';
import { labOrderFhirResource, serviceRequestOf } from './lab-order.fhir';
import { orderCommentDocuments } from './order-comment.collab';
import { ordersByTestReport } from './orders-by-test.report';
import { placeStandingOrdersJob } from './place-standing-orders.job';
import { labPlugin } from './plugin';

// Yjs's types are ES modules; its CommonJS build is the copy the kernel loads (as in the EHR's collab/yjs.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Y = require('yjs') as typeof YTypes;

/** The guide's job, report, co-edited document and FHIR mapping, each on the real kernel. */
describe('lab plugin: the topics of the guide', () => {
  let kernel: TestKernel;
  let patientId: string;
  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, labPlugin] });
    const registration = { givenName: 'Test', familyName: 'Topics', birthDate: '1970-01-01' } as const;
    patientId = (await kernel.execute(RegisterPatient, { ...registration, gender: 'unknown' })).id;
  });
  afterAll(() => kernel.close());

  it("places standing orders from a job with the hospital's test, once per patient however often it is retried", async () => {
    const run = { runId: 'standing-2026-03-01', pluginOptions: { standingTest: 'bmp' as const } };
    expect(await kernel.runJob(placeStandingOrdersJob, { patientIds: [patientId] }, run)).toEqual({
      progress: [100],
    });
    await kernel.runJob(placeStandingOrdersJob, { patientIds: [patientId] }, run);
    const orders = await kernel.ask(ListLabOrders, { patientId });
    expect(orders.filter((o) => o.test === 'bmp')).toHaveLength(1);
  });

  it('takes its options from configure, as a new definition', () => {
    expect(labPlugin.configure({ standingTest: 'bmp' }).options).toEqual({ standingTest: 'bmp' });
    expect(labPlugin.options).toEqual({});
  });

  it('counts the orders of each test in a report', async () => {
    await kernel.execute(PlaceLabOrder, { patientId, test: 'cbc' });
    await kernel.execute(PlaceLabOrder, { patientId, test: 'cbc' });
    const { result } = await kernel.runReport(ordersByTestReport, {});
    expect(result.rows).toEqual([
      { test: 'bmp', orders: 1 },
      { test: 'cbc', orders: 2 },
    ]);
  });

  it("co-edits an order's comment, and knows no document for an unknown order", async () => {
    const { id } = await kernel.execute(PlaceLabOrder, { patientId, test: 'lipid-panel' });
    const doc = new Y.Doc();
    doc.getText('comment').insert(0, 'Fasting since 22:00');
    await kernel.collab.write(id, Y.encodeStateAsUpdate(doc));
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await kernel.collab.read(id)).update);
    expect(stored.getText('comment').toString()).toBe('Fasting since 22:00');
    expect(orderCommentDocuments.kind).toBe('lab.order-comment');
    await expect(
      kernel.collab.write('00000000-0000-4000-8000-000000000000', Y.encodeStateAsUpdate(doc)),
    ).rejects.toMatchObject({ code: expect.any(String) });
  });

  it('maps each order to a FHIR ServiceRequest through its own search query', async () => {
    const orders = await kernel.ask(ListLabOrders, { patientId });
    const resources = labOrderFhirResource.search.resources(orders as never, { patient: patientId, parameters: {} });
    expect(resources).toHaveLength(orders.length);
    expect(resources[0]).toEqual(serviceRequestOf(orders[0]!));
    expect(resources[0]).toMatchObject({
      resourceType: 'ServiceRequest',
      intent: 'order',
      subject: { reference: `Patient/${patientId}` },
    });
    expect(() => labOrderFhirResource.search.params({ parameters: {} })).toThrow(
      expect.objectContaining({ code: 'FHIR_PATIENT_REQUIRED' }),
    );
  });

  it("shows a placed order on the patient plugin's timeline, to readers of lab orders only", async () => {
    const { id } = await kernel.execute(PlaceLabOrder, { patientId, test: 'cbc', priority: 'urgent' });
    await kernel.settle();
    const entryOf = async (permissions?: string[]) =>
      (await kernel.ask(GetPatientTimeline, { id: patientId }, permissions ? { permissions } : {})).entries.find(
        (e) => e.summary['orderId'] === id,
      );
    expect(await entryOf()).toMatchObject({
      type: 'lab.LabOrderPlaced',
      plugin: 'lab',
      summary: { orderId: id, test: 'cbc', priority: 'urgent' },
    });
    expect(await entryOf(['patient:record:read'])).toBeUndefined();
  });
});
