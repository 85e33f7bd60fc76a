import { Pool } from 'pg';
import { openBenchDatabase } from '../lib/bench-database';
import { measure, type Operation } from '../lib/measure';
import { UsageError, type BenchOptions } from '../lib/options';
import { machineInfo, writeResults } from '../lib/results';
import { APPEND_MODE_KEYS, type AppendMode, type AppendModeKey, type CellResult } from './append-mode';
import { httpTargetsOf, preamble, printAppendReport, progressLine, tableRows, targetOf, TARGET } from './append-report';
import { startCommandBusMode } from './command-bus.mode';
import { startHttpChartMode } from './http-chart.mode';
import { startHttpMode } from './http.mode';
import { startRawInsertMode } from './raw-insert.mode';

/** Connections per mode: the kernel's pool, the raw pool and the API's pool all get this many. */
const POOL_SIZE = 40;

/**
 * The append benchmark: patients registered per second, and latency, through the command bus and over HTTP,
 * beside a raw single-row INSERT loop on the same PostgreSQL in the same run. The raw and command-bus cells
 * alternate at each client count, so a drift of the machine (a checkpoint, a noisy neighbour) hits both
 * alike; HTTP runs after, with the in-process kernel closed (three pools of 40 would not fit the default
 * max_connections of 100).
 */
export async function runAppendBenchmark(options: BenchOptions): Promise<void> {
  const selected = selectModes(options.modes);
  const database = await openBenchDatabase();
  const admin = new Pool({ connectionString: database.url, max: 1 });
  try {
    const machine = await machineInfo(admin);
    process.stdout.write(preamble(machine, database.description, options, POOL_SIZE));
    const cells: CellResult[] = [];
    const runCell = async (mode: AppendMode, clients: number): Promise<void> => {
      // No cell inherits the dirty buffers of the one before (needs superuser or pg_checkpoint, else no-op).
      await admin.query('CHECKPOINT').catch(() => undefined);
      const load = { clients, durationMs: options.durationS * 1000, warmupMs: options.warmupS * 1000 };
      const result = mode.measure ? await mode.measure(load) : await measure(operationOf(mode), load);
      cells.push({ mode: mode.key, label: mode.label, ...result });
      process.stdout.write(progressLine(mode.label, result));
    };
    const inProcess = [
      ...(selected.has('raw') ? [() => startRawInsertMode(database.url, POOL_SIZE)] : []),
      ...(selected.has('bus') ? [() => startCommandBusMode(database.url, POOL_SIZE)] : []),
    ];
    await withModes(inProcess, async (modes) => {
      for (const clients of options.clients) for (const mode of modes) await runCell(mode, clients);
    });
    // Each HTTP mode has its own API process, one at a time (its pool of 40 beside the admin's).
    const httpModes = [
      ...(selected.has('http') ? [() => startHttpMode(database.url, POOL_SIZE, options.cpuProfileDir)] : []),
      ...(selected.has('chart') ? [() => startHttpChartMode(database.url, POOL_SIZE, options.cpuProfileDir)] : []),
    ];
    for (const start of httpModes) {
      await withModes([start], async ([mode]) => {
        for (const clients of options.clients) if (mode) await runCell(mode, clients);
      });
    }
    const rows = tableRows(cells);
    const target = targetOf(rows);
    const httpTargets = httpTargetsOf(rows);
    printAppendReport(rows, target, httpTargets);
    const file = await writeResults(options.outDir, 'append', {
      benchmark: 'append',
      machine,
      database: database.description,
      settings: { ...options, poolSize: POOL_SIZE, httpLoad: 'autocannon, separate process from the API server' },
      target: { ...TARGET, ...target },
      httpTargets,
      results: rows,
    });
    process.stdout.write(`\nresults: ${file}\n`);
  } finally {
    await admin.end();
    await database.release();
  }
}

function operationOf(mode: AppendMode): Operation {
  if (!mode.operation) throw new Error(`Mode ${mode.key} has neither an operation nor a measure`);
  return mode.operation;
}

function selectModes(modes: readonly string[] | undefined): ReadonlySet<AppendModeKey> {
  if (modes === undefined) return new Set(APPEND_MODE_KEYS);
  const unknown = modes.filter((m) => !(APPEND_MODE_KEYS as readonly string[]).includes(m));
  if (unknown.length > 0)
    throw new UsageError(`Unknown append mode ${unknown.join(', ')}; modes: ${APPEND_MODE_KEYS.join(', ')}`);
  return new Set(modes as AppendModeKey[]);
}

/** Starts the modes one after the other, runs `work` on them, and closes whatever started, last first. */
async function withModes(
  starters: readonly (() => Promise<AppendMode>)[],
  work: (modes: AppendMode[]) => Promise<void>,
): Promise<void> {
  const started: AppendMode[] = [];
  try {
    for (const start of starters) started.push(await start());
    await work(started);
  } finally {
    for (const mode of [...started].reverse()) await mode.close();
  }
}
