import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { bootKernel, systemActor, type Kernel } from '@hms/core';
import { billingPlugin } from '@hms/plugin-billing';
import {
  CreatePriceList,
  DefineService,
  DraftInvoice,
  IssueInvoice,
  SetChargeRule,
  SetPrice,
} from '@hms/plugin-billing/contracts';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { openBenchDatabase } from '../lib/bench-database';
import { measure, type Measurement } from '../lib/measure';
import { UsageError, type BenchOptions } from '../lib/options';
import { machineLines, printReport, progressHead } from '../lib/report';
import { machineInfo, writeResults } from '../lib/results';
import { CLIENT_MODE_COLUMNS, fixed } from '../lib/table';
import { BILLING_MODE_KEYS, BILLING_MODE_LABELS, billingOperation, type BillingModeKey } from './billing-modes';
import { captureThroughReaction } from './capture-reaction';

const POOL_SIZE = 10;
/** Patients charged in the "spread" cells (clients take them in turn) and invoiced afterwards. */
const PATIENTS = 200;

interface BillingRow extends Measurement {
  readonly mode: BillingModeKey | 'invoice' | 'sql-insert-year';
  readonly label: string;
}

/**
 * The billing benchmark: charge capture per second (what billing's reactions send) beside one SQL INSERT of the
 * same row, then invoicing every charged patient (draft and issue under the year's gap-free number) per second.
 */
export async function runBillingBenchmark(options: BenchOptions): Promise<void> {
  const modes = selectModes(options.modes);
  const database = await openBenchDatabase();
  const admin = new Pool({ connectionString: database.url, max: POOL_SIZE });
  let kernel: Kernel | undefined;
  try {
    const machine = await machineInfo(admin);
    process.stdout.write(
      [
        'billing: capturing one charge per operation through the command bus (CaptureCharge) and as one SQL INSERT,',
        '  then drafting and issuing one invoice per charged patient, in the same run; first (capture-reaction), the',
        "  scheduling seed's year of appointments charged by billing's reaction, and the same rows by one INSERT",
        ...machineLines(machine, database.description, options, POOL_SIZE),
        '',
      ].join('\n'),
    );
    kernel = await bootKernel({
      installed: [patientPlugin, schedulingPlugin, billingPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: POOL_SIZE,
    });
    await admin.query(`CREATE TABLE IF NOT EXISTS bench_charges (
      id uuid PRIMARY KEY, patient_id uuid NOT NULL, encounter_id uuid NOT NULL, service_code text NOT NULL,
      service_date date NOT NULL, quantity integer NOT NULL, unit_price bigint NOT NULL, total bigint NOT NULL,
      currency text NOT NULL, source_key text NOT NULL UNIQUE)`);
    const patientIds = await setUp(kernel);
    const rows: BillingRow[] = [];
    let reactionNote: string[] = [];
    if (modes.includes('capture-reaction')) {
      const year = await captureThroughReaction(kernel, admin, options.scale, (line) =>
        process.stdout.write(`${line}\n`),
      );
      rows.push(
        { ...year.reaction, mode: 'capture-reaction', label: 'billing.charge-appointments (the reaction), 1 follower' },
        { ...year.insert, mode: 'sql-insert-year', label: 'one INSERT … SELECT of the same rows (pg)' },
      );
      process.stdout.write(`${progressHead('reaction over the year', year.reaction)}\n`);
      reactionNote = [
        `capture-reaction: ${year.completedAppointments} completed appointments of the scheduling seed's year`,
        `  (--scale ${options.scale}: ${year.seededPatients} patients), charged by the reaction batch after batch from`,
        '  its checkpoint as the store follower runs it (latencies per batch of up to 100 events); the INSERT writes',
        '  the same rows from scheduling.appointments in one statement.',
      ];
    }
    for (const clients of options.clients) {
      for (const mode of modes.filter((m) => m !== 'capture-reaction')) {
        const result = await measure(billingOperation(mode, kernel, admin, patientIds), {
          clients,
          durationMs: options.durationS * 1000,
          warmupMs: options.warmupS * 1000,
        });
        rows.push({ ...result, mode, label: BILLING_MODE_LABELS[mode] });
        process.stdout.write(`${progressHead(`${clients} clients, ${mode}`, result)}\n`);
      }
    }
    if (modes.includes('capture-spread')) {
      const clients = Math.max(...options.clients);
      const invoicing = await invoiceAll(kernel, patientIds.slice(1), clients);
      rows.push({ ...invoicing, mode: 'invoice', label: 'DraftInvoice + IssueInvoice, one patient each' });
      process.stdout.write(`${progressHead(`${clients} clients, invoice`, invoicing)}\n`);
    }
    printReport(
      CLIENT_MODE_COLUMNS,
      rows,
      rows.map((r) => [
        String(r.clients),
        r.label,
        fixed(r.opsPerSec, 0),
        fixed(r.p50Ms, 2),
        fixed(r.p99Ms, 2),
        fixed(r.maxMs, 1),
        String(r.errors),
      ]),
      [
        'CaptureCharge: the patient checked with the patient plugin (a published query), the charge rule, the service and',
        '  the price in force read, the payer split decided on the account stream (a lost race is decided again), the',
        '  ledger postings and read models written inline, the command log and the audit record.',
        'invoice: every charged patient invoiced once (all their charges on one invoice), numbers from the year counter.',
        ...reactionNote,
      ],
    );
    const file = await writeResults(options.outDir, 'billing', {
      benchmark: 'billing',
      machine,
      database: database.description,
      settings: { ...options, poolSize: POOL_SIZE, patients: PATIENTS },
      results: rows,
    });
    process.stdout.write(`\nresults: ${file}\n`);
  } finally {
    await kernel?.close();
    await admin.end();
    await database.release();
  }
}

const run = (kernel: Kernel, type: string, data: unknown) =>
  kernel.execute({
    type,
    data,
    actor: systemActor(),
    commandId: randomUUID(),
    correlationId: randomUUID(),
    source: null,
  });

/** A service, its price, the charge rule, and the patients (invented) to charge. */
async function setUp(kernel: Kernel): Promise<string[]> {
  await run(kernel, DefineService.type, { serviceCode: 'CONS-GP', name: 'Consultation', category: 'consultation' });
  const list = (await run(kernel, CreatePriceList.type, {
    name: 'Self-pay',
    payer: { kind: 'self-pay' },
    currency: 'KES',
  })) as { priceListId: string };
  await run(kernel, SetPrice.type, {
    priceListId: list.priceListId,
    serviceCode: 'CONS-GP',
    unitPrice: { amount: 150_000, currency: 'KES' },
    validFrom: '2000-01-01',
  });
  await run(kernel, SetChargeRule.type, { key: 'appointment-type:consultation', serviceCode: 'CONS-GP' });
  // The seed's other appointment types (follow-ups, procedures…) are charged as a consultation too.
  await run(kernel, SetChargeRule.type, { key: 'appointment-type:*', serviceCode: 'CONS-GP' });
  const ids: string[] = [];
  for (let i = 0; i < PATIENTS; i++) {
    const patient = (await run(kernel, RegisterPatient.type, {
      givenName: 'Bench',
      familyName: `Billing${i}`,
      birthDate: new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      gender: 'unknown',
    })) as { id: string };
    ids.push(patient.id);
  }
  return ids;
}

/** Each patient's open charges on one invoice, drafted and issued, `clients` patients at a time. */
async function invoiceAll(kernel: Kernel, patientIds: readonly string[], clients: number): Promise<Measurement> {
  const queue = [...patientIds];
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let patientId = queue.shift(); patientId !== undefined; patientId = queue.shift()) {
        const t0 = process.hrtime.bigint();
        try {
          const draft = (await run(kernel, DraftInvoice.type, {
            patientId,
            scope: { kind: 'period', from: '2000-01-01', to: '2100-12-31' },
          })) as { invoiceId: string };
          await run(kernel, IssueInvoice.type, { patientId, invoiceId: draft.invoiceId, dueOn: '2100-12-31' });
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        } catch (error) {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    clients,
    elapsedMs,
    ops: latencies.length,
    errors,
    refusals: 0,
    opsPerSec: (latencies.length / elapsedMs) * 1000,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: latencies[latencies.length - 1] ?? 0,
    cpuMsPerOp: latencies.length === 0 ? 0 : (cpu.user + cpu.system) / 1000 / latencies.length,
    ...(firstError === undefined ? {} : { firstError }),
  };
}

function selectModes(modes: readonly string[] | undefined): BillingModeKey[] {
  if (modes === undefined) return [...BILLING_MODE_KEYS];
  const unknown = modes.filter((m) => !(BILLING_MODE_KEYS as readonly string[]).includes(m));
  if (unknown.length > 0)
    throw new UsageError(`Unknown billing mode ${unknown.join(', ')}; modes: ${BILLING_MODE_KEYS.join(', ')}`);
  return BILLING_MODE_KEYS.filter((key) => modes.includes(key));
}
