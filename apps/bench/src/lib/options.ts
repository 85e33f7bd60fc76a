import { parseArgs } from 'node:util';

/** The options every benchmark takes. */
export interface BenchOptions {
  /** Seconds measured per cell (one mode at one client count). */
  readonly durationS: number;
  /** Seconds of unrecorded load before each cell. */
  readonly warmupS: number;
  readonly clients: readonly number[];
  /** Directory for the JSON result files (gitignored). */
  readonly outDir: string;
  /** Only these modes of the benchmark (all when absent); each benchmark names its own. */
  readonly modes?: readonly string[];
  /** The data set's size against the benchmark's full one (1 = full; `scheduling` and `reports`). */
  readonly scale: number;
  /** Editors connected to one note, one scenario each (`collab` only). */
  readonly editors: readonly number[];
  /** Notes open at once in the many-notes scenario, 0 to skip it (`collab` only). */
  readonly notes: number;
  /** Measured updates the editor of one note sends (`collab` only). */
  readonly updates: number;
  /** Faults struck in turn (`chaos` only). */
  readonly cycles: number;
  /** Write a V8 CPU profile of each API server process into this directory (`append` HTTP cells only). */
  readonly cpuProfileDir?: string;
}

export const USAGE = `usage: node apps/bench/dist/main.js <benchmark> [options]

options:
  --duration <s>      seconds measured per cell (default 10)
  --warmup <s>        seconds of unrecorded load before each cell (default 1)
  --clients <list>    concurrent clients, comma-separated (default 1,8,32)
  --out <dir>         where to write the JSON results (default .bench-results)
  --modes <list>      run only these modes, comma-separated (default: all of the benchmark's)
  --scale <x>         size of the seeded data set against the full one (default 1; scheduling, reports, chart,
                      billing's capture-reaction)
  --editors <list>    editors on one note, comma-separated (default 2,10,50; collab only)
  --notes <n>         notes open at once in the many-notes scenario, 0 to skip (default 500; collab only)
  --updates <n>       measured updates from the editor of one note (default 250; collab only)
  --cycles <n>        faults struck in turn, one per cycle (default 100; chaos only)
  --cpu-prof <dir>    write a CPU profile of the API server process there (append's HTTP cells only)
  --help`;

/** A command line that cannot run; the message says what to fix. */
export class UsageError extends Error {}

/** Parses `<benchmark> [options]`; throws {@link UsageError} on anything unknown or malformed. */
export function parseCommandLine(argv: readonly string[]): {
  benchmark: string | undefined;
  help: boolean;
  options: BenchOptions;
} {
  let parsed: ReturnType<typeof parseWithNode>;
  try {
    parsed = parseWithNode(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`One benchmark at a time, got: ${positionals.join(' ')}`);
  const modes = values.modes === undefined ? undefined : list(values.modes, '--modes');
  return {
    benchmark: positionals[0],
    help: values.help === true,
    options: {
      durationS: positiveNumber(values.duration ?? '10', '--duration'),
      warmupS: nonNegativeNumber(values.warmup ?? '1', '--warmup'),
      clients: list(values.clients ?? '1,8,32', '--clients').map((c) => positiveInteger(c, '--clients')),
      outDir: values.out ?? '.bench-results',
      scale: positiveNumber(values.scale ?? '1', '--scale'),
      editors: list(values.editors ?? '2,10,50', '--editors').map((e) => atLeastTwo(e, '--editors')),
      notes: nonNegativeInteger(values.notes ?? '500', '--notes'),
      updates: positiveInteger(values.updates ?? '250', '--updates'),
      cycles: positiveInteger(values.cycles ?? '100', '--cycles'),
      ...(modes === undefined ? {} : { modes }),
      ...(values['cpu-prof'] === undefined ? {} : { cpuProfileDir: values['cpu-prof'] }),
    },
  };
}

function parseWithNode(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      duration: { type: 'string' },
      'cpu-prof': { type: 'string' },
      warmup: { type: 'string' },
      clients: { type: 'string' },
      out: { type: 'string' },
      modes: { type: 'string' },
      scale: { type: 'string' },
      editors: { type: 'string' },
      notes: { type: 'string' },
      updates: { type: 'string' },
      cycles: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function list(text: string, flag: string): string[] {
  const items = text.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw new UsageError(`${flag} expects a comma-separated list, got "${text}"`);
  return items;
}

function positiveNumber(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} expects a positive number, got "${text}"`);
  return value;
}

function nonNegativeNumber(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new UsageError(`${flag} expects a number ≥ 0, got "${text}"`);
  return value;
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} expects positive integers, got "${text}"`);
  return value;
}

function nonNegativeInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`${flag} expects an integer ≥ 0, got "${text}"`);
  return value;
}

/** One editor types and the others receive: a note needs two clients to measure anything. */
function atLeastTwo(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 2)
    throw new UsageError(`${flag} expects integers ≥ 2 (one editor types, the others receive), got "${text}"`);
  return value;
}
