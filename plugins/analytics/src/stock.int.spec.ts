import { randomUUID } from 'node:crypto';
import type { ReportResult } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { inventoryPlugin } from '@hms/plugin-inventory';
import {
  DefineItem,
  DefineLocation,
  IssueStock,
  ReceiveStock,
  ReverseIssue,
  TransferStock,
  WriteOffStock,
} from '@hms/plugin-inventory/contracts';
import ehrPlugin from '@hms/plugin-ehr';
import { PrescribeMedication } from '@hms/plugin-ehr/contracts';
import { DispensePrescription, ReturnDispensedMedication } from '@hms/plugin-inventory/contracts';
import { analyticsPlugin } from './plugin';
import { resourceUtilisationReport } from './reports/resource-utilisation.report';

/** Monday 2 March 2026, 08:00 UTC. */
const NOW = '2026-03-02T08:00:00.000Z';
const DAY = 86_400_000;

const rowOf = (result: ReportResult, measure: string, subject: string) =>
  result.rows.find((r) => r.section === 'Stock turnover' && r.measure === measure && r.subject === subject);

describe('stock turnover in the utilisation report, from inventory’s events', () => {
  let kernel: TestKernel;
  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [ehrPlugin, inventoryPlugin, analyticsPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('counts units used over the average on hand; transfers, write-offs and reversed issues are not use', async () => {
    const pharmacy = await kernel.execute(DefineLocation, { code: 'PHARM', name: 'Pharmacy' });
    const ward = await kernel.execute(DefineLocation, { code: 'W1', name: 'Ward 1 store' });
    const gloves = await kernel.execute(DefineItem, {
      code: 'GLOVES',
      name: 'Gloves',
      category: 'supply',
      unit: 'box',
    });
    await kernel.execute(ReceiveStock, { itemId: gloves.id, locationId: pharmacy.id, quantity: 100 });
    kernel.clock.advance(DAY); // the period is Tuesday 3 March alone
    const move = { itemId: gloves.id, locationId: pharmacy.id };
    await kernel.execute(IssueStock, { ...move, quantity: 30, issuedTo: 'Theatre' });
    await kernel.execute(TransferStock, {
      itemId: gloves.id,
      fromLocationId: pharmacy.id,
      toLocationId: ward.id,
      quantity: 20,
    });
    const toPatient = await kernel.execute(IssueStock, {
      ...move,
      quantity: 10,
      issuedTo: 'Bay 2',
      patientId: randomUUID(),
    });
    await kernel.execute(ReverseIssue, { issueId: toPatient.issueId!, reason: 'Returned unused' });
    await kernel.execute(WriteOffStock, { ...move, quantity: 5, reason: 'damaged' });
    await kernel.settle();

    const { result } = await kernel.runReport(resourceUtilisationReport, { from: '2026-03-03', to: '2026-03-03' });
    // 100 at the start, 65 at the end (the transfer stays in the hospital): 30 used over 82.5 on average.
    expect(rowOf(result, 'turnover', 'GLOVES')).toMatchObject({ value: 0.36, numerator: 30, denominator: 82.5 });
    expect(rowOf(result, 'days of stock', 'GLOVES')).toMatchObject({ value: 2.17, numerator: 65 });
    expect(result.rows.find((r) => r.section === 'Stock turnover' && r.measure === 'not available')).toBeUndefined();

    // The day before: the delivery arrived, nothing was used.
    const { result: before } = await kernel.runReport(resourceUtilisationReport, {
      from: '2026-03-02',
      to: '2026-03-02',
    });
    expect(rowOf(before, 'turnover', 'GLOVES')).toMatchObject({ value: 0, numerator: 0, denominator: 50 });
    expect(rowOf(before, 'days of stock', 'GLOVES')).toMatchObject({ value: null, numerator: 100 });
  });

  it('counts a dispense as use, net of what came back unused (inventory 1.4)', async () => {
    const pharmacy = await kernel.execute(DefineLocation, { code: 'PH2', name: 'Dispensary' });
    const capsules = await kernel.execute(DefineItem, {
      code: 'AMOX',
      name: 'Amoxicillin 500 mg capsule',
      category: 'medicine',
      unit: 'capsule',
    });
    const stock = { itemId: capsules.id, locationId: pharmacy.id };
    await kernel.execute(ReceiveStock, { ...stock, quantity: 100, lot: 'A1', expiresOn: '2027-01-31' });
    kernel.clock.advance(DAY); // Wednesday 4 March alone
    const order = await kernel.execute(PrescribeMedication, {
      patientId: randomUUID(),
      medication: 'Amoxicillin 500 mg capsules',
      dosage: { dose: '500 mg', route: 'oral', frequency: 'three times daily' },
      quantity: 21,
    });
    const dispensed = await kernel.execute(DispensePrescription, {
      prescriptionId: order.medicationId,
      ...stock,
      quantity: 21,
    });
    await kernel.execute(ReturnDispensedMedication, {
      prescriptionId: order.medicationId,
      dispenseId: dispensed.dispenseId,
      quantity: 6,
      reason: 'Course shortened',
    });
    await kernel.settle();

    const { result } = await kernel.runReport(resourceUtilisationReport, { from: '2026-03-04', to: '2026-03-04' });
    // 100 at the start, 85 at the end: 15 used (21 dispensed, 6 back) over 92.5 on average.
    expect(rowOf(result, 'turnover', 'AMOX')).toMatchObject({ numerator: 15, denominator: 92.5 });
  });
});
