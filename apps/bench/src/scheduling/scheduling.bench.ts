import { Pool } from 'pg';
import { bootKernel, type Kernel } from '@hms/core';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import { openBenchDatabase } from '../lib/bench-database';
import { measure } from '../lib/measure';
import { UsageError, type BenchOptions } from '../lib/options';
import { machineInfo, writeResults } from '../lib/results';
import { bookMode } from './book.mode';
import { openHospital, WINDOW_DAYS } from './hospital';
import {
  SCHEDULING_MODE_KEYS,
  type SchedulingCell,
  type SchedulingMode,
  type SchedulingModeKey,
} from './scheduling-mode';
import { describeDataSet, preamble, printSchedulingReport, progressLine, tableRows } from './scheduling-report';
import { searchMode } from './search.mode';
import { baselinePool, sqlMode } from './sql.mode';

/** Connections of the kernel's pool and of the baseline's. */
const POOL_SIZE = 40;

/**
 * The scheduling benchmark: free-slot searches and bookings per second, and their latency, through the kernel
 * in process, over a seeded hospital (200 practitioners, 100 000 patients, a year of appointments at --scale 1),
 * beside one hand-written SQL query answering the same free-slot question. At each client count the SQL and
 * search cells alternate (a drift of the machine hits both alike), then bookings run; bookings go last
 * because they fill free time.
 */
export async function runSchedulingBenchmark(options: BenchOptions): Promise<void> {
  const selected = selectModes(options.modes);
  const database = await openBenchDatabase();
  const admin = new Pool({ connectionString: database.url, max: 1 });
  let kernel: Kernel | undefined;
  let pool: Pool | undefined;
  try {
    const machine = await machineInfo(admin);
    process.stdout.write(preamble(machine, database.description, options, POOL_SIZE));
    kernel = await bootKernel({
      installed: [patientPlugin, schedulingPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: POOL_SIZE,
    });
    const out = (line: string): void => void process.stdout.write(`${line}\n`);
    const hospital = await openHospital(kernel, options.scale, out);
    out(describeDataSet(hospital.dataSet, hospital.seeded));
    out(`questions: ${WINDOW_DAYS}-day windows from ${hospital.today} to ${hospital.lastDay}\n`);
    await admin.query('VACUUM ANALYZE scheduling.appointments').catch(() => undefined);
    // A reused database may never have been analysed (autovacuum off): batches read their streams by `= ANY`.
    await admin.query('ANALYZE core.events').catch(() => undefined);
    pool = baselinePool(database.url, POOL_SIZE);
    const book = bookMode(kernel, hospital);
    const modes: Record<SchedulingModeKey, SchedulingMode> = {
      sql: sqlMode(pool, hospital),
      search: searchMode(kernel, hospital),
      book,
    };
    const cells: SchedulingCell[] = [];
    const runCell = async (mode: SchedulingMode, clients: number): Promise<void> => {
      await admin.query('CHECKPOINT').catch(() => undefined);
      if (mode.answers) Object.assign(mode.answers, { count: 0, slots: 0 });
      const result = await measure(mode.operation, {
        clients,
        durationMs: options.durationS * 1000,
        warmupMs: options.warmupS * 1000,
      });
      const answers = mode.answers;
      const slotsPerAnswer = answers && answers.count > 0 ? answers.slots / answers.count : null;
      cells.push({ mode: mode.key, label: mode.label, slotsPerAnswer, ...result });
      process.stdout.write(progressLine(mode.label, result));
    };
    for (const clients of options.clients) {
      for (const key of ['sql', 'search'] as const) if (selected.has(key)) await runCell(modes[key], clients);
    }
    if (selected.has('book')) for (const clients of options.clients) await runCell(book, clients);
    const rows = tableRows(cells);
    printSchedulingReport(rows, book.refusalCodes);
    const file = await writeResults(options.outDir, 'scheduling', {
      benchmark: 'scheduling',
      machine,
      database: database.description,
      settings: { ...options, poolSize: POOL_SIZE, windowDays: WINDOW_DAYS },
      dataSet: hospital.dataSet,
      seeded: hospital.seeded ?? null,
      refusalCodes: Object.fromEntries(book.refusalCodes),
      results: rows,
    });
    process.stdout.write(`\nresults: ${file}\n`);
  } finally {
    await pool?.end();
    await kernel?.close();
    await admin.end();
    await database.release();
  }
}

function selectModes(modes: readonly string[] | undefined): ReadonlySet<SchedulingModeKey> {
  if (modes === undefined) return new Set(SCHEDULING_MODE_KEYS);
  const unknown = modes.filter((m) => !(SCHEDULING_MODE_KEYS as readonly string[]).includes(m));
  if (unknown.length > 0)
    throw new UsageError(`Unknown scheduling mode ${unknown.join(', ')}; modes: ${SCHEDULING_MODE_KEYS.join(', ')}`);
  return new Set(modes as SchedulingModeKey[]);
}
