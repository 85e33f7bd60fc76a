import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { bootKernel, type Kernel } from '@hms/core';
import ehrPlugin from '@hms/plugin-ehr';
import { inventoryPlugin } from '@hms/plugin-inventory';
import {
  DefineItem,
  DefineLocation,
  ReceiveStock,
  type ItemSummary,
  type LocationView,
} from '@hms/plugin-inventory/contracts';
import { systemCommand } from '../lib/system-command';
import { openBenchDatabase } from '../lib/bench-database';
import { measure, type Measurement } from '../lib/measure';
import { UsageError, type BenchOptions } from '../lib/options';
import { machineLines, printReport, progressHead } from '../lib/report';
import { machineInfo, writeResults } from '../lib/results';
import { CLIENT_MODE_COLUMNS, fixed } from '../lib/table';
import {
  isHot,
  STOCK_MODE_KEYS,
  STOCK_MODE_LABELS,
  stockOperation,
  type StockModeKey,
  type StockTargets,
} from './stock-modes';
import {
  BENCH_DISPENSE_TABLES,
  DISPENSE_MODE_KEYS,
  DISPENSE_MODE_LABELS,
  dispenseOperation,
  type DispenseModeKey,
} from './dispense-modes';
import { stockUpForDispensing } from './dispense-setup';

type ModeKey = StockModeKey | DispenseModeKey;
const MODE_KEYS: readonly ModeKey[] = [...STOCK_MODE_KEYS, ...DISPENSE_MODE_KEYS];
const MODE_LABELS: Readonly<Record<ModeKey, string>> = { ...STOCK_MODE_LABELS, ...DISPENSE_MODE_LABELS };
const isDispense = (mode: ModeKey): mode is DispenseModeKey => (DISPENSE_MODE_KEYS as readonly string[]).includes(mode);

const POOL_SIZE = 10;
/** Units received per item before a cell: far more than a cell issues, so nothing is refused for want of stock. */
const STARTING_STOCK = 5_000_000;

interface StockRow extends Measurement {
  readonly mode: ModeKey;
  readonly label: string;
}

/**
 * The stock benchmark: issuing one unit, through the command bus and as hand-written SQL, with the load spread
 * over items and concentrated on one item (every issue racing for the same stream or row). Each cell has fresh
 * items at a fresh location, stocked in one lot beforehand.
 */
export async function runStockBenchmark(options: BenchOptions): Promise<void> {
  const modes = selectModes(options.modes);
  const database = await openBenchDatabase();
  const admin = new Pool({ connectionString: database.url, max: POOL_SIZE });
  let kernel: Kernel | undefined;
  try {
    const machine = await machineInfo(admin);
    process.stdout.write(
      [
        'stock: issuing one unit per operation, through the command bus (IssueStock) and as one SQL UPDATE + INSERT,',
        '  each client on its own item and all clients on one item; dispensing one unit for a prescription',
        '  (DispensePrescription) beside its SQL (2 UPDATE + 2 INSERT), in the same run',
        ...machineLines(machine, database.description, options, POOL_SIZE),
        '',
      ].join('\n'),
    );
    kernel = await bootKernel({
      installed: [ehrPlugin, inventoryPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: POOL_SIZE,
    });
    await admin.query(`CREATE TABLE IF NOT EXISTS bench_stock (
      item_id uuid NOT NULL, location_id uuid NOT NULL, on_hand integer NOT NULL, PRIMARY KEY (item_id, location_id))`);
    await admin.query(`CREATE TABLE IF NOT EXISTS bench_stock_movements (
      id bigserial PRIMARY KEY, item_id uuid NOT NULL, location_id uuid NOT NULL, change integer NOT NULL, issued_to text NOT NULL)`);
    for (const statement of BENCH_DISPENSE_TABLES) await admin.query(statement);
    const rows: StockRow[] = [];
    for (const clients of options.clients) {
      for (const mode of modes) {
        const operation = isDispense(mode)
          ? dispenseOperation(
              mode,
              kernel,
              admin,
              await stockUpForDispensing(kernel, admin, mode, clients, STARTING_STOCK),
            )
          : stockOperation(mode, kernel, admin, await stockUp(kernel, admin, mode, isHot(mode) ? 1 : clients));
        const result = await measure(operation, {
          clients,
          durationMs: options.durationS * 1000,
          warmupMs: options.warmupS * 1000,
        });
        rows.push({ ...result, mode, label: MODE_LABELS[mode] });
        process.stdout.write(`${progressHead(`${clients} clients, ${mode}`, result)}\n`);
      }
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
        'own item: each client issues from an item of its own; one item for all: every client issues the same item at the same store.',
        'IssueStock: validated command, the item and location checked, earliest expiry first, the stock stream appended with',
        '  optimistic concurrency (a lost race is decided again), inline read models (level, lot, stock card) and the command log.',
        'DispensePrescription: the same issue to the patient, plus the prescription looked up and its dispensation stream decided',
        '  (never more than prescribed) in the same transaction; each client works through 20 prescriptions in turn.',
      ],
    );
    const file = await writeResults(options.outDir, 'stock', {
      benchmark: 'stock',
      machine,
      database: database.description,
      settings: { ...options, poolSize: POOL_SIZE },
      results: rows,
    });
    process.stdout.write(`\nresults: ${file}\n`);
  } finally {
    await kernel?.close();
    await admin.end();
    await database.release();
  }
}

/**
 * A fresh location with `items` items, each stocked with STARTING_STOCK units (through the kernel and in the SQL
 * table).
 */
async function stockUp(kernel: Kernel, admin: Pool, mode: StockModeKey, items: number): Promise<StockTargets> {
  const run = systemCommand(kernel);
  const suffix = randomUUID().slice(0, 8);
  const location = (await run(DefineLocation.type, {
    code: `B-${suffix}`,
    name: `Bench store ${suffix}`,
  })) as LocationView;
  const itemIds: string[] = [];
  for (let i = 0; i < items; i++) {
    const item = (await run(DefineItem.type, {
      code: `B-${suffix}-${i}`,
      name: `Bench gloves ${i}`,
      category: 'supply',
      unit: 'box',
    })) as ItemSummary;
    itemIds.push(item.id);
    if (mode.startsWith('kernel'))
      await run(ReceiveStock.type, { itemId: item.id, locationId: location.id, quantity: STARTING_STOCK });
    else
      await admin.query('INSERT INTO bench_stock (item_id, location_id, on_hand) VALUES ($1, $2, $3)', [
        item.id,
        location.id,
        STARTING_STOCK,
      ]);
  }
  return { locationId: location.id, itemIds };
}

function selectModes(modes: readonly string[] | undefined): ModeKey[] {
  if (modes === undefined) return [...MODE_KEYS];
  const unknown = modes.filter((m) => !(MODE_KEYS as readonly string[]).includes(m));
  if (unknown.length > 0)
    throw new UsageError(`Unknown stock mode ${unknown.join(', ')}; modes: ${MODE_KEYS.join(', ')}`);
  return MODE_KEYS.filter((key) => modes.includes(key));
}
