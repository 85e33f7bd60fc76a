import type { Measurement } from './measure';
import type { BenchOptions } from './options';
import type { MachineInfo } from './results';
import { fixed, markdownTable, textTable, type Column } from './table';

/** What every benchmark's cells share: which mode, at how many clients, how fast, and the first error if any. */
interface Cell {
  readonly mode: string;
  readonly label: string;
  readonly clients: number;
  readonly opsPerSec: number;
  readonly firstError?: string;
}

/**
 * Cells in table order (mode, then clients), each with its ratio to the baseline mode at the same client count
 * (null where `compared` says a row has no baseline, or none was measured).
 */
export function withRatios<C extends Cell>(
  cells: readonly C[],
  modeOrder: readonly string[],
  baselineMode: string,
  compared: (cell: C) => boolean = () => true,
): (C & { readonly ratio: number | null })[] {
  const baseline = new Map(cells.filter((c) => c.mode === baselineMode).map((c) => [c.clients, c.opsPerSec]));
  return [...cells]
    .sort((a, b) => modeOrder.indexOf(a.mode) - modeOrder.indexOf(b.mode) || a.clients - b.clients)
    .map((cell) => {
      const base = compared(cell) ? baseline.get(cell.clients) : undefined;
      return { ...cell, ratio: base === undefined || base === 0 ? null : cell.opsPerSec / base };
    });
}

/** Prints the table for the terminal, the notes under it, each row's first error, then the markdown table. */
export function printReport(
  columns: readonly Column[],
  rows: readonly Cell[],
  cells: readonly (readonly string[])[],
  notes: readonly string[],
): void {
  const out = [
    '',
    textTable(columns, cells),
    '',
    ...notes,
    ...rows
      .filter((r) => r.firstError !== undefined)
      .map((r) => `first error, ${r.label} at ${r.clients} clients: ${r.firstError}`),
    '',
    'markdown:',
    '',
    markdownTable(columns, cells),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The machine, PostgreSQL and load lines every benchmark prints before its first cell. */
export function machineLines(
  machine: MachineInfo,
  database: string,
  options: BenchOptions,
  poolSize: number,
): string[] {
  const postgres = machine.postgres.split(' on ')[0] ?? machine.postgres;
  const settings = Object.entries(machine.postgresSettings).map(([name, value]) => `${name}=${value}`);
  return [
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, ` +
      `load average ${machine.loadAverage1m} at start`,
    `postgres: ${postgres}, ${settings.join(', ')}`,
    `database: ${database}`,
    `load: closed loop, ${options.warmupS} s warm-up + ${options.durationS} s per cell, pools of ${poolSize} connections`,
  ];
}

/** The start of a progress line: label, clients, rate and latency. */
export function progressHead(label: string, result: Measurement): string {
  return (
    `  ${label.padEnd(30)} ${String(result.clients).padStart(3)} clients  ${fixed(result.opsPerSec, 0).padStart(6)} ops/s  ` +
    `p50 ${fixed(result.p50Ms, 2)} ms  p99 ${fixed(result.p99Ms, 2)} ms`
  );
}
