import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { systemActor, type Kernel } from '@hms/core';
import { DispensePrescription } from '@hms/plugin-inventory/contracts';
import type { Operation } from '../lib/measure';

/**
 * Dispensing one unit for a prescription (inventory 1.4), two ways: through the command bus (DispensePrescription:
 * the prescription looked up on the worklist, the item checked to be a medicine, the stock issued earliest expiry
 * first to the patient, the prescription's dispensation stream decided in the same transaction, their inline read
 * models) and as hand-written SQL (one transaction: the balance's conditional UPDATE, the prescription's
 * conditional UPDATE under its prescribed quantity, the movement and the dispense INSERTed: the least a pharmacy
 * system that refuses to over-dispense and says who got what must do). Each client dispenses from an item of its
 * own, working through a round of prescriptions in turn (a ward's drug round, not one prescription a thousand times).
 */
export const DISPENSE_MODE_KEYS = ['sql-dispense', 'kernel-dispense'] as const;
export type DispenseModeKey = (typeof DISPENSE_MODE_KEYS)[number];

export const DISPENSE_MODE_LABELS: Readonly<Record<DispenseModeKey, string>> = {
  'sql-dispense': 'SQL 2 UPDATE + 2 INSERT (pg), dispense',
  'kernel-dispense': 'DispensePrescription, own item',
};

/** Prescriptions each client works through in turn. */
export const PRESCRIPTIONS_PER_CLIENT = 20;

/** What a dispensing cell works on: per client, its item and its round of prescriptions. */
export interface DispenseTargets {
  readonly locationId: string;
  readonly itemIds: readonly string[];
  readonly prescriptionIds: readonly (readonly string[])[];
}

export const BENCH_DISPENSE_TABLES = [
  `CREATE TABLE IF NOT EXISTS bench_prescriptions (
    id uuid PRIMARY KEY, patient_id uuid NOT NULL, prescribed integer, dispensed integer NOT NULL DEFAULT 0)`,
  `CREATE TABLE IF NOT EXISTS bench_dispenses (
    id bigserial PRIMARY KEY, prescription_id uuid NOT NULL, patient_id uuid NOT NULL, item_id uuid NOT NULL,
    location_id uuid NOT NULL, quantity integer NOT NULL, dispensed_by text NOT NULL, dispensed_at timestamptz NOT NULL DEFAULT now())`,
];

export function dispenseOperation(
  mode: DispenseModeKey,
  kernel: Kernel,
  admin: Pool,
  targets: DispenseTargets,
): Operation {
  const turns = new Map<number, number>();
  const next = (client: number): { itemId: string; prescriptionId: string } => {
    const turn = turns.get(client) ?? 0;
    turns.set(client, turn + 1);
    const round = targets.prescriptionIds[client]!;
    return { itemId: targets.itemIds[client]!, prescriptionId: round[turn % round.length]! };
  };
  if (mode === 'sql-dispense') {
    return async (client) => {
      const { itemId, prescriptionId } = next(client);
      const connection = await admin.connect();
      try {
        await connection.query('BEGIN');
        const prescription = await connection.query<{ patient_id: string }>(
          `UPDATE bench_prescriptions SET dispensed = dispensed + 1
            WHERE id = $1 AND (prescribed IS NULL OR dispensed + 1 <= prescribed) RETURNING patient_id`,
          [prescriptionId],
        );
        if (prescription.rowCount !== 1) throw new Error('the SQL baseline dispensed more than prescribed');
        const stock = await connection.query(
          `UPDATE bench_stock SET on_hand = on_hand - 1 WHERE item_id = $1 AND location_id = $2 AND on_hand >= 1 RETURNING on_hand`,
          [itemId, targets.locationId],
        );
        if (stock.rowCount !== 1) throw new Error('the SQL baseline ran out of stock');
        await connection.query(
          `INSERT INTO bench_stock_movements (item_id, location_id, change, issued_to) VALUES ($1, $2, -1, 'Pharmacy')`,
          [itemId, targets.locationId],
        );
        await connection.query(
          `INSERT INTO bench_dispenses (prescription_id, patient_id, item_id, location_id, quantity, dispensed_by)
           VALUES ($1, $2, $3, $4, 1, 'bench pharmacist')`,
          [prescriptionId, prescription.rows[0]!.patient_id, itemId, targets.locationId],
        );
        await connection.query('COMMIT');
      } catch (error) {
        await connection.query('ROLLBACK');
        throw error;
      } finally {
        connection.release();
      }
    };
  }
  return async (client) => {
    const { itemId, prescriptionId } = next(client);
    await kernel.execute({
      type: DispensePrescription.type,
      data: { prescriptionId, itemId, locationId: targets.locationId, quantity: 1 },
      actor: systemActor(),
      commandId: randomUUID(),
      correlationId: randomUUID(),
      source: null,
    });
  };
}
