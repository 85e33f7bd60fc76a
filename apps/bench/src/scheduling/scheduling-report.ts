import type { Measurement } from '../lib/measure';
import type { BenchOptions } from '../lib/options';
import type { MachineInfo } from '../lib/results';
import { machineLines, printReport, progressHead, withRatios } from '../lib/report';
import { fixed, type Column } from '../lib/table';
import type { DataSet, SeedTiming } from './hospital';
import type { SchedulingCell } from './scheduling-mode';

export interface SchedulingRow extends SchedulingCell {
  /** Searches: ops/s over the SQL baseline's at the same client count (null for bookings or without a baseline). */
  readonly vsSql: number | null;
}

const MODE_ORDER = ['sql', 'search', 'book'];

const COLUMNS: readonly Column[] = [
  { header: 'mode', align: 'left' },
  { header: 'clients' },
  { header: 'ops/s' },
  { header: 'p50 ms' },
  { header: 'p99 ms' },
  { header: 'max ms' },
  { header: 'refused' },
  { header: 'errors' },
  { header: 'slots/answer' },
  { header: 'vs SQL' },
  { header: 'node CPU ms/op' },
];

export function tableRows(cells: readonly SchedulingCell[]): SchedulingRow[] {
  // Bookings answer a different question from the SQL baseline: no ratio for them.
  return withRatios(cells, MODE_ORDER, 'sql', (cell) => cell.mode !== 'book').map(({ ratio, ...cell }) => ({
    ...cell,
    vsSql: ratio,
  }));
}

export function printSchedulingReport(rows: readonly SchedulingRow[], refusalCodes: ReadonlyMap<string, number>): void {
  const cells = rows.map((r) => [
    r.label,
    String(r.clients),
    fixed(r.opsPerSec, 0),
    fixed(r.p50Ms, 2),
    fixed(r.p99Ms, 2),
    fixed(r.maxMs, 1),
    r.mode === 'book' ? String(r.refusals) : '–',
    String(r.errors),
    r.slotsPerAnswer === null ? '–' : fixed(r.slotsPerAnswer, 1),
    r.vsSql === null ? '–' : fixed(r.vsSql, 2),
    fixed(r.cpuMsPerOp, 3),
  ]);
  const codes = [...refusalCodes].map(([code, n]) => `${code} ×${n}`).join(', ');
  printReport(COLUMNS, rows, cells, [
    'search rows: one free-slot question (a random practitioner, a random 7-day window from today on, a random',
    '  type) per op; vs SQL = ops/s over the hand-written SQL query at the same client count.',
    'book rows: ops/s = bookings made per second, each after a search (in the loop, not in the latency);',
    '  p50/p99 = the BookAppointment command alone; refused = 409s (the time was taken since the search).',
    `refusal codes (warm-ups included): ${codes === '' ? 'none' : codes}`,
    "node CPU ms/op: CPU of this process per operation; PostgreSQL's CPU is not counted.",
  ]);
}

export function describeDataSet(dataSet: DataSet, seeded: SeedTiming | undefined): string {
  const statuses = Object.entries(dataSet.appointmentsByStatus)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  return [
    `data set: ${dataSet.patients} patients, ${dataSet.practitioners} practitioners, ${dataSet.appointments} ` +
      `appointments from ${dataSet.firstDay} to ${dataSet.lastDay} (${statuses}), ${dataSet.events} events` +
      (dataSet.scheduleExceptions > 0
        ? `, ${dataSet.scheduleExceptions} schedule exceptions (the SQL baseline ignores them)`
        : ''),
    seeded ? `seeded in this run: hms seed --size ${seeded.size} took ${seeded.seconds.toFixed(0)} s` : 'seed: reused',
  ].join('\n');
}

export function preamble(machine: MachineInfo, database: string, options: BenchOptions, poolSize: number): string {
  return [
    'scheduling: free-slot search and booking through the kernel, beside one hand-written SQL query answering',
    '  the same free-slot question, on the same PostgreSQL in the same run',
    ...machineLines(machine, database, options, poolSize),
    '',
  ].join('\n');
}

export function progressLine(label: string, result: Measurement): string {
  return `${progressHead(label, result)}  ${result.refusals} refused  ${result.errors} errors\n`;
}
