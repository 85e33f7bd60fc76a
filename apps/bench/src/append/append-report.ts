import type { Measurement } from '../lib/measure';
import type { BenchOptions } from '../lib/options';
import type { MachineInfo } from '../lib/results';
import { machineLines, printReport, progressHead, withRatios } from '../lib/report';
import { fixed, type Column } from '../lib/table';
import type { CellResult } from './append-mode';

/** The target: the command bus reaches at least half the raw insert rate at 32 clients. */
export const TARGET = { mode: 'bus', clients: 32, minRatio: 0.5 } as const;

export interface AppendRow extends CellResult {
  /** ops/s over the raw INSERT's ops/s at the same client count (null without a raw cell to compare with). */
  readonly vsRaw: number | null;
}

export interface TargetVerdict {
  readonly ratio: number | null;
  readonly met: boolean | null;
}

const MODE_ORDER = ['raw', 'bus', 'http'];

const COLUMNS: readonly Column[] = [
  { header: 'mode', align: 'left' },
  { header: 'clients' },
  { header: 'ops/s' },
  { header: 'p50 ms' },
  { header: 'p99 ms' },
  { header: 'max ms' },
  { header: 'errors' },
  { header: 'vs raw' },
  { header: 'node CPU ms/op' },
];

/** The cells in table order (mode, then clients), each with its ratio to the raw INSERT at that count. */
export function tableRows(cells: readonly CellResult[]): AppendRow[] {
  return withRatios(cells, MODE_ORDER, 'raw').map(({ ratio, ...cell }) => ({ ...cell, vsRaw: ratio }));
}

export function targetOf(rows: readonly AppendRow[]): TargetVerdict {
  const row = rows.find((r) => r.mode === TARGET.mode && r.clients === TARGET.clients);
  if (!row || row.vsRaw === null) return { ratio: null, met: null };
  return { ratio: row.vsRaw, met: row.vsRaw >= TARGET.minRatio };
}

export function printAppendReport(rows: readonly AppendRow[], target: TargetVerdict): void {
  const cells = rows.map((r) => [
    r.label,
    String(r.clients),
    fixed(r.opsPerSec, 0),
    fixed(r.p50Ms, 2),
    fixed(r.p99Ms, 2),
    fixed(r.maxMs, 1),
    String(r.errors),
    r.vsRaw === null ? '–' : fixed(r.vsRaw, 2),
    fixed(r.cpuMsPerOp, 3),
  ]);
  const verdict =
    target.ratio === null
      ? `not measured (needs the raw and bus modes at ${TARGET.clients} clients)`
      : `${fixed(target.ratio, 2)} → ${target.met ? 'met' : 'NOT met'}`;
  printReport(COLUMNS, rows, cells, [
    'node CPU ms/op: CPU of this process per registration (for HTTP: client and API server together);',
    "  PostgreSQL's CPU is not counted.",
    `target: command bus ≥ ${TARGET.minRatio.toFixed(2)} × raw INSERT at ${TARGET.clients} clients: ${verdict}`,
  ]);
}

/** What ran where: printed before the first cell. */
export function preamble(machine: MachineInfo, database: string, options: BenchOptions, poolSize: number): string {
  return [
    'append: RegisterPatient through the command bus and over HTTP, beside a raw single-row INSERT,',
    '  on the same PostgreSQL in the same run',
    ...machineLines(machine, database, options, poolSize),
    'note: the HTTP client runs in this process: it shares the CPUs with the API server (and PostgreSQL,',
    '  when it runs on this host)',
    '',
    '',
  ].join('\n');
}

/** One line per finished cell, so a long run shows progress. */
export function progressLine(label: string, result: Measurement): string {
  return `${progressHead(label, result)}  ${result.errors} errors\n`;
}
