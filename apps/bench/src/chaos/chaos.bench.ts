import { UsageError, type BenchOptions } from '../lib/options';
import { writeResults } from '../lib/results';
import { fixed, markdownTable, textTable, type Column } from '../lib/table';
import { FAULT_KINDS, runChaos, type ChaosCounts, type FaultKind } from './chaos-run';

const COLUMNS: readonly Column[] = [
  { header: 'fault', align: 'left' },
  { header: 'struck' },
  { header: 'recovery p50 ms' },
  { header: 'recovery max ms' },
];

/**
 * `pnpm bench chaos --cycles 100`: the nightly-length chaos run (see chaos-run.ts), faults in turn (`--modes` picks
 * them: api, worker, redis, postgres), 8 registering clients (the first of `--clients`), then the counts.
 */
export async function runChaosBenchmark(options: BenchOptions): Promise<void> {
  const faults = (options.modes ?? FAULT_KINDS) as readonly string[];
  const unknown = faults.filter((f) => !(FAULT_KINDS as readonly string[]).includes(f));
  if (unknown.length > 0)
    throw new UsageError(`--modes for chaos are faults (${FAULT_KINDS.join(', ')}), not ${unknown.join(', ')}`);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  out(`chaos: ${options.cycles} cycles of ${faults.join(', ')} under registrations, report requests and co-editing`);
  const counts = await runChaos({
    cycles: options.cycles,
    faults: faults as FaultKind[],
    clients: options.clients[0] ?? 8,
    settleMs: Math.max(1_000, options.durationS * 1_000),
    onLine: out,
  });
  const rows = FAULT_KINDS.filter((k) => counts.faults[k] > 0).map((kind) => {
    const sorted = [...counts.recoveryMs[kind]].sort((a, b) => a - b);
    return [
      kind,
      String(counts.faults[kind]),
      fixed(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, 0),
      fixed(sorted.at(-1) ?? Number.NaN, 0),
    ];
  });
  out(
    ['', textTable(COLUMNS, rows), '', ...summary(counts), '', 'markdown:', '', markdownTable(COLUMNS, rows)].join(
      '\n',
    ),
  );
  out(`\nresults: ${await writeResults(options.outDir, 'chaos', { benchmark: 'chaos', options, counts })}`);
}

export function summary(counts: ChaosCounts): string[] {
  const r = counts.registrations;
  return [
    `registrations: ${r.attempted} attempted, ${r.acknowledged} answered first time, ${r.retried} retried with their key, lost ${r.lost}, duplicated ${r.duplicates}`,
    `note: ${counts.note.lines} lines typed, ${counts.note.missing} missing for a new reader (${counts.note.converged ? 'converged' : 'NOT converged'})`,
    `report runs: ${counts.reports.requested} requested, ${counts.reports.completed} completed, ${counts.reports.failed} failed, ${counts.reports.unfinished} unfinished${counts.reports.unfinished > 0 ? ` (${counts.reports.unfinishedStatuses.join(', ')})` : ''}`,
  ];
}
