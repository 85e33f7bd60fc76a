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

const MODE_ORDER = ['raw', 'bus', 'http', 'chart'];

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
  // A chart read is not a registration: it has no insert to be compared with.
  return withRatios(cells, MODE_ORDER, 'raw').map(({ ratio, ...cell }) => ({
    ...cell,
    vsRaw: cell.mode === 'chart' ? null : ratio,
  }));
}

export function targetOf(rows: readonly AppendRow[]): TargetVerdict {
  const row = rows.find((r) => r.mode === TARGET.mode && r.clients === TARGET.clients);
  if (!row || row.vsRaw === null) return { ratio: null, met: null };
  return { ratio: row.vsRaw, met: row.vsRaw >= TARGET.minRatio };
}

/** Issue 18's targets for the HTTP path, each beside the command bus measured in the same run. */
export const HTTP_TARGETS = { clients: 32, minRatioToBus: 0.6, maxP99Ms: 25, maxP50OverBusAtOneMs: 0.5 } as const;

export interface HttpTargetVerdicts {
  /** HTTP ops/s over the bus's at 32 clients, and whether it is ≥ 0.6. */
  readonly ratioToBus: { readonly value: number | null; readonly met: boolean | null };
  /** HTTP p99 at 32 clients, and whether it is ≤ 25 ms. */
  readonly p99Ms: { readonly value: number | null; readonly met: boolean | null };
  /** HTTP p50 minus the bus's p50 at one client, and whether it is ≤ 0.5 ms. */
  readonly p50OverBusAtOneMs: { readonly value: number | null; readonly met: boolean | null };
}

export function httpTargetsOf(rows: readonly AppendRow[]): HttpTargetVerdicts {
  const cell = (mode: string, clients: number) => rows.find((r) => r.mode === mode && r.clients === clients);
  const http32 = cell('http', HTTP_TARGETS.clients);
  const bus32 = cell('bus', HTTP_TARGETS.clients);
  const http1 = cell('http', 1);
  const bus1 = cell('bus', 1);
  const ratio = http32 && bus32 ? http32.opsPerSec / bus32.opsPerSec : null;
  const over = http1 && bus1 ? http1.p50Ms - bus1.p50Ms : null;
  return {
    ratioToBus: { value: ratio, met: ratio === null ? null : ratio >= HTTP_TARGETS.minRatioToBus },
    p99Ms: { value: http32?.p99Ms ?? null, met: http32 ? http32.p99Ms <= HTTP_TARGETS.maxP99Ms : null },
    p50OverBusAtOneMs: { value: over, met: over === null ? null : over <= HTTP_TARGETS.maxP50OverBusAtOneMs },
  };
}

function verdictOf(v: { value: number | null; met: boolean | null }, digits: number, unit = ''): string {
  return v.value === null ? 'not measured' : `${fixed(v.value, digits)}${unit} → ${v.met ? 'met' : 'NOT met'}`;
}

export function printAppendReport(rows: readonly AppendRow[], target: TargetVerdict, http: HttpTargetVerdicts): void {
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
    'node CPU ms/op: CPU of the process that runs the kernel, per operation: this one for raw and bus; for HTTP',
    "  the API server's process alone (the load comes from autocannon in this one). PostgreSQL's CPU is not counted.",
    `target: command bus ≥ ${TARGET.minRatio.toFixed(2)} × raw INSERT at ${TARGET.clients} clients: ${verdict}`,
    `target: HTTP ≥ ${HTTP_TARGETS.minRatioToBus} × bus at ${HTTP_TARGETS.clients} clients: ${verdictOf(http.ratioToBus, 2)}`,
    `target: HTTP p99 ≤ ${HTTP_TARGETS.maxP99Ms} ms at ${HTTP_TARGETS.clients} clients: ${verdictOf(http.p99Ms, 2, ' ms')}`,
    `target: HTTP p50 ≤ bus p50 + ${HTTP_TARGETS.maxP50OverBusAtOneMs} ms at 1 client: ${verdictOf(http.p50OverBusAtOneMs, 2, ' ms over')}`,
  ]);
}

/** What ran where: printed before the first cell. */
export function preamble(machine: MachineInfo, database: string, options: BenchOptions, poolSize: number): string {
  return [
    'append: RegisterPatient through the command bus and over HTTP, beside a raw single-row INSERT,',
    '  on the same PostgreSQL in the same run',
    ...machineLines(machine, database, options, poolSize),
    'note: HTTP cells start the API as `node apps/api/dist/main.js` in its own process and load it with autocannon',
    '  from this one; both share the CPUs with PostgreSQL when it runs on this host',
    '',
    '',
  ].join('\n');
}

/** One line per finished cell, so a long run shows progress. */
export function progressLine(label: string, result: Measurement): string {
  return `${progressHead(label, result)}  ${result.errors} errors\n`;
}
