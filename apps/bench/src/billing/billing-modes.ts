import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { systemActor, type Kernel } from '@hms/core';
import { CaptureCharge } from '@hms/plugin-billing/contracts';
import type { Operation } from '../lib/measure';

/**
 * Capturing one charge, three ways: through the command bus (CaptureCharge, what billing's reactions send for each
 * completed appointment and bed-night: the patient checked with the patient plugin, the charge rule and the price in
 * force looked up, the account stream appended, the ledger and read models written) spread over many patients'
 * accounts ("spread") and all clients charging one patient ("hot": a long stay's account), and as one
 * hand-written INSERT of the same row. `capture-reaction` is not per client: see capture-reaction.ts.
 */
export const BILLING_MODE_KEYS = ['sql-insert', 'capture-spread', 'capture-hot', 'capture-reaction'] as const;
export type BillingModeKey = (typeof BILLING_MODE_KEYS)[number];

export const BILLING_MODE_LABELS: Readonly<Record<BillingModeKey, string>> = {
  'sql-insert': 'SQL INSERT of the charge row (pg)',
  'capture-spread': 'CaptureCharge, spread over 199 patients',
  'capture-hot': 'CaptureCharge, one patient for all',
  'capture-reaction': 'billing.charge-appointments over the seed’s year (a phase of its own, run once)',
};

export function billingOperation(
  mode: BillingModeKey,
  kernel: Kernel,
  admin: Pool,
  patientIds: readonly string[],
): Operation {
  // The first patient is the hot one; the others share the spread load (and are invoiced afterwards).
  const patientFor = (): string =>
    mode === 'capture-hot' ? patientIds[0]! : patientIds[1 + Math.floor(Math.random() * (patientIds.length - 1))]!;
  const today = new Date().toISOString().slice(0, 10);
  if (mode === 'sql-insert') {
    return async () => {
      await admin.query(
        `INSERT INTO bench_charges (id, patient_id, encounter_id, service_code, service_date, quantity, unit_price, total, currency, source_key)
         VALUES ($1, $2, $3, 'CONS-GP', $4, 1, 150000, 150000, 'KES', $5)`,
        [randomUUID(), patientFor(), randomUUID(), today, `bench:${randomUUID()}`],
      );
    };
  }
  return async () => {
    await kernel.execute({
      type: CaptureCharge.type,
      data: {
        patientId: patientFor(),
        encounterId: randomUUID(),
        chargeKey: 'appointment-type:consultation',
        sourceKey: `bench:appointment:${randomUUID()}`,
        serviceDate: today,
        quantity: 1,
      },
      actor: systemActor(),
      commandId: randomUUID(),
      correlationId: randomUUID(),
      source: null,
    });
  };
}
