import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { Kernel } from '@hms/core';
import { PrescribeMedication } from '@hms/plugin-ehr/contracts';
import {
  DefineItem,
  DefineLocation,
  ReceiveStock,
  type ItemSummary,
  type LocationView,
} from '@hms/plugin-inventory/contracts';
import { systemCommand } from '../lib/system-command';
import { PRESCRIPTIONS_PER_CLIENT, type DispenseModeKey, type DispenseTargets } from './dispense-modes';

/** The prescribed quantity: the ceiling is checked on every dispense, and never reached in a cell. */
const PRESCRIBED = 100_000;

/**
 * A fresh pharmacy with one medicine per client, stocked with `startingStock` units in one lot, and per client a
 * round of prescriptions for fictional patients: through the EHR and the kernel, or as rows of the SQL tables.
 */
export async function stockUpForDispensing(
  kernel: Kernel,
  admin: Pool,
  mode: DispenseModeKey,
  clients: number,
  startingStock: number,
): Promise<DispenseTargets> {
  const run = systemCommand(kernel);
  const suffix = randomUUID().slice(0, 8);
  const location = (await run(DefineLocation.type, {
    code: `P-${suffix}`,
    name: `Bench pharmacy ${suffix}`,
  })) as LocationView;
  const itemIds: string[] = [];
  const prescriptionIds: string[][] = [];
  for (let client = 0; client < clients; client++) {
    const item = (await run(DefineItem.type, {
      code: `P-${suffix}-${client}`,
      name: `Bench amoxicillin ${client}`,
      category: 'medicine',
      unit: 'capsule',
    })) as ItemSummary;
    itemIds.push(item.id);
    const round: string[] = [];
    for (let i = 0; i < PRESCRIPTIONS_PER_CLIENT; i++) {
      const patientId = randomUUID();
      if (mode === 'kernel-dispense') {
        const order = (await run(PrescribeMedication.type, {
          patientId,
          medication: 'Amoxicillin 500 mg capsules',
          dosage: { dose: '500 mg', route: 'oral', frequency: 'three times daily' },
          quantity: PRESCRIBED,
        })) as { medicationId: string };
        round.push(order.medicationId);
      } else {
        const id = randomUUID();
        await admin.query('INSERT INTO bench_prescriptions (id, patient_id, prescribed) VALUES ($1, $2, $3)', [
          id,
          patientId,
          PRESCRIBED,
        ]);
        round.push(id);
      }
    }
    prescriptionIds.push(round);
    if (mode === 'kernel-dispense')
      await run(ReceiveStock.type, {
        itemId: item.id,
        locationId: location.id,
        quantity: startingStock,
        lot: `L-${suffix}`,
        expiresOn: '2099-12-31',
      });
    else
      await admin.query('INSERT INTO bench_stock (item_id, location_id, on_hand) VALUES ($1, $2, $3)', [
        item.id,
        location.id,
        startingStock,
      ]);
  }
  return { locationId: location.id, itemIds, prescriptionIds };
}
