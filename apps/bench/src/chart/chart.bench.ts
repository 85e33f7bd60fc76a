import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { bootKernel, type Kernel } from '@hms/core';
import { ehrPlugin } from '@hms/plugin-ehr';
import { openBenchDatabase } from '../lib/bench-database';
import { measure, type Measurement } from '../lib/measure';
import { UsageError, type BenchOptions } from '../lib/options';
import { machineLines, printReport, progressHead } from '../lib/report';
import { machineInfo, writeResults } from '../lib/results';
import { fixed, type Column } from '../lib/table';
import {
  CHART_MODE_KEYS,
  CHART_MODE_LABELS,
  chartOperation,
  chartStreamId,
  recordThroughKernel,
  type ChartModeKey,
} from './chart-modes';

/** Chart lengths measured at `--scale 1`: a short admission, a long one, an ICU stay of weeks. */
const CHART_EVENTS = [100, 1_000, 5_000];
/** Observations recorded at once while a chart is filled. */
const FILL_CONCURRENCY = 50;
const POOL_SIZE = 10;

interface ChartRow extends Measurement {
  readonly mode: ChartModeKey;
  readonly label: string;
  readonly chartEvents: number;
  readonly chartEventsAfter: number;
}

const COLUMNS: readonly Column[] = [
  { header: 'chart events', align: 'right' },
  { header: 'mode', align: 'left' },
  { header: 'ops/s' },
  { header: 'p50 ms' },
  { header: 'p99 ms' },
  { header: 'max ms' },
  { header: 'events at end' },
];

/**
 * The chart benchmark: recording one vital sign on a patient's chart as the chart grows, through the command bus
 * with the chart's snapshots (SDK 1.2) and with every event folded (the snapshot removed before each command, as
 * before), beside one SQL INSERT of the same observation. Each cell has a chart of its own, filled to its length
 * through the command bus; one client, since the commands of one chart are serialised by its stream anyway.
 */
export async function runChartBenchmark(options: BenchOptions): Promise<void> {
  const modes = selectModes(options.modes);
  const sizes = CHART_EVENTS.map((n) => Math.max(10, Math.round(n * options.scale)));
  const database = await openBenchDatabase();
  const admin = new Pool({ connectionString: database.url, max: 2 });
  let kernel: Kernel | undefined;
  try {
    const machine = await machineInfo(admin);
    process.stdout.write(
      [
        'chart: one vital sign recorded on a chart of n events, through the command bus with snapshots and with every',
        '  event folded, beside one SQL INSERT, in the same run',
        ...machineLines(machine, database.description, { ...options, clients: [1] }, POOL_SIZE),
        `charts: ${sizes.join(', ')} events, each cell its own patient; 1 client`,
        '',
      ].join('\n'),
    );
    kernel = await bootKernel({
      installed: [ehrPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: POOL_SIZE,
    });
    await admin.query(
      'CREATE TABLE IF NOT EXISTS bench_chart_observations (id bigserial PRIMARY KEY, patient_id uuid NOT NULL, data jsonb NOT NULL)',
    );
    const rows: ChartRow[] = [];
    for (const size of sizes) {
      for (const mode of modes) {
        const patientId = randomUUID();
        if (mode !== 'sql') await fillChart(kernel, patientId, size);
        const result = await measure(chartOperation(mode, kernel, admin, patientId), {
          clients: 1,
          durationMs: options.durationS * 1000,
          warmupMs: options.warmupS * 1000,
        });
        const after = mode === 'sql' ? size : await chartLength(admin, patientId);
        const row: ChartRow = {
          ...result,
          mode,
          label: CHART_MODE_LABELS[mode],
          chartEvents: size,
          chartEventsAfter: after,
        };
        rows.push(row);
        process.stdout.write(`${progressHead(`${size} events, ${mode}`, result)}\n`);
      }
    }
    printReport(
      COLUMNS,
      rows,
      rows.map((r) => [
        String(r.chartEvents),
        r.label,
        fixed(r.opsPerSec, 0),
        fixed(r.p50Ms, 2),
        fixed(r.p99Ms, 2),
        fixed(r.maxMs, 1),
        r.mode === 'sql' ? '–' : String(r.chartEventsAfter),
      ]),
      [
        "chart events: the chart's length when the cell starts; events at end: after the measured commands added theirs.",
        "fold every event: the chart's snapshot is deleted before each command (not timed), as if it kept none.",
      ],
    );
    const file = await writeResults(options.outDir, 'chart', {
      benchmark: 'chart',
      machine,
      database: database.description,
      settings: { ...options, sizes, poolSize: POOL_SIZE },
      results: rows,
    });
    process.stdout.write(`\nresults: ${file}\n`);
  } finally {
    await kernel?.close();
    await admin.end();
    await database.release();
  }
}

/** Records observations until the chart holds `events` events, FILL_CONCURRENCY at a time. */
async function fillChart(kernel: Kernel, patientId: string, events: number): Promise<void> {
  for (let done = 0; done < events;) {
    const now = Math.min(FILL_CONCURRENCY, events - done);
    await Promise.all(Array.from({ length: now }, () => recordThroughKernel(kernel, patientId)));
    done += now;
  }
}

async function chartLength(admin: Pool, patientId: string): Promise<number> {
  const found = await admin.query<{ count: string }>('SELECT count(*) FROM core.events WHERE stream_id = $1', [
    chartStreamId(patientId),
  ]);
  return Number(found.rows[0]?.count ?? 0);
}

function selectModes(modes: readonly string[] | undefined): ChartModeKey[] {
  if (modes === undefined) return [...CHART_MODE_KEYS];
  const unknown = modes.filter((m) => !(CHART_MODE_KEYS as readonly string[]).includes(m));
  if (unknown.length > 0)
    throw new UsageError(`Unknown chart mode ${unknown.join(', ')}; modes: ${CHART_MODE_KEYS.join(', ')}`);
  return CHART_MODE_KEYS.filter((key) => modes.includes(key));
}
