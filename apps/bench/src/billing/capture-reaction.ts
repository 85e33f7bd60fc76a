import type { Pool } from 'pg';
import { seedPlugins, type Kernel } from '@hms/core';
import { billingPlugin } from '@hms/plugin-billing';
import type { Measurement } from '../lib/measure';

/** The hospital: 100 000 patients and a year of the scheduling seed's appointments at `--scale 1`. */
const FULL_SIZE_PATIENTS = 100_000;
const REACTION = 'billing.charge-appointments';

export interface ReactionCapture {
  /** billing.charge-appointments following the store over the seed's year: one charge per completed appointment. */
  readonly reaction: Measurement;
  /** One hand-written INSERT … SELECT of the same rows. */
  readonly insert: Measurement;
  readonly completedAppointments: number;
  readonly seededPatients: number;
}

/**
 * Capture through the reaction itself, as the API's process runs it: the scheduling seed's year of appointments is
 * recorded first (the kernel follows no projections, so the reaction waits), then billing's reaction is run batch
 * after batch from its checkpoint, as the store follower does, until it has caught up; charges per second is the
 * charges it posted over that time. Beside it, the same rows written by one INSERT … SELECT from scheduling's read
 * model, in the same run and database.
 */
export async function captureThroughReaction(
  kernel: Kernel,
  admin: Pool,
  scale: number,
  out: (line: string) => void,
): Promise<ReactionCapture> {
  const seededPatients = Math.max(1, Math.round(FULL_SIZE_PATIENTS * scale));
  out(`seeding a hospital of ${seededPatients} patients and a year of appointments (hms seed) ...`);
  const seeding = performance.now();
  await seedPlugins(kernel, { size: seededPatients, onlyWhenEmpty: false, onProgress: (_p, m) => out(`  ${m}`) });
  out(`seeded in ${((performance.now() - seeding) / 1000).toFixed(0)} s`);
  const {
    rows: [completed],
  } = await admin.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM scheduling.appointments WHERE status = 'completed'`,
  );
  const completedAppointments = Number(completed?.n ?? 0);

  const reaction = billingPlugin.reactions?.find((r) => r.name === REACTION);
  if (!reaction) throw new Error(`billing declares no reaction ${REACTION}`);
  const charged = async (): Promise<number> => {
    const {
      rows: [row],
    } = await admin.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM core.events
        WHERE event_type = 'billing.ChargePosted' AND data->'source'->>'eventId' LIKE 'scheduling:appointment:%'`,
    );
    return Number(row?.n ?? 0);
  };
  const before = await charged();
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const batches: number[] = [];
  for (;;) {
    const t0 = process.hrtime.bigint();
    const events = await kernel.reactions.runBatch({ plugin: 'billing', reaction });
    if (events === 0) break;
    batches.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const charges = (await charged()) - before;

  await admin.query(`CREATE TABLE bench_reaction_charges (LIKE bench_charges INCLUDING ALL)`);
  const insertStarted = process.hrtime.bigint();
  const inserted = await admin.query(
    `INSERT INTO bench_reaction_charges
       (id, patient_id, encounter_id, service_code, service_date, quantity, unit_price, total, currency, source_key)
     SELECT gen_random_uuid(), patient_id, id, 'CONS-GP', (updated_at AT TIME ZONE 'UTC')::date, 1, 150000, 150000,
            'KES', 'scheduling:appointment:' || id
       FROM scheduling.appointments WHERE status = 'completed'`,
  );
  const insertMs = Number(process.hrtime.bigint() - insertStarted) / 1e6;
  const rows = inserted.rowCount ?? 0;

  batches.sort((a, b) => a - b);
  const at = (q: number) => batches[Math.min(batches.length - 1, Math.floor(q * batches.length))] ?? 0;
  return {
    completedAppointments,
    seededPatients,
    reaction: {
      clients: 1,
      elapsedMs,
      ops: charges,
      errors: 0,
      // Completed appointments the reaction did not charge (a refusal it logged and skipped): 0 when all is mapped.
      refusals: completedAppointments - charges,
      opsPerSec: (charges / elapsedMs) * 1000,
      // Per batch of up to 100 events (the follower's unit of work), not per charge.
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      maxMs: batches[batches.length - 1] ?? 0,
      cpuMsPerOp: charges === 0 ? 0 : (cpu.user + cpu.system) / 1000 / charges,
    },
    insert: {
      clients: 1,
      elapsedMs: insertMs,
      ops: rows,
      errors: 0,
      refusals: 0,
      opsPerSec: (rows / insertMs) * 1000,
      p50Ms: Number.NaN,
      p99Ms: Number.NaN,
      maxMs: insertMs,
      cpuMsPerOp: Number.NaN,
    },
  };
}
