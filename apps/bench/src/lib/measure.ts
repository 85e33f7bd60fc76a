/**
 * What an operation may say about itself: `refused` when the system said no as designed (a 409 for a slot
 * someone else just took): counted apart, neither a success nor an error; `latencyMs` when only part of the
 * operation is the thing measured (the booking, not the search before it).
 */
export interface OperationResult {
  readonly refused?: boolean;
  readonly latencyMs?: number;
}

/** One operation of a closed-loop client; `client` is the worker's index (0..clients-1). */
export type Operation = (client: number) => Promise<void | OperationResult>;

export interface LoadOptions {
  /** Concurrent clients, each running the next operation as soon as its last one finished. */
  readonly clients: number;
  readonly durationMs: number;
  /** Run the same load this long first and throw its numbers away (pools fill, JIT warms). */
  readonly warmupMs: number;
}

/** What one cell of a benchmark measured. Latencies are of successful operations only. */
export interface Measurement {
  readonly clients: number;
  readonly elapsedMs: number;
  readonly ops: number;
  readonly errors: number;
  /** Operations the system refused as designed (see {@link OperationResult}); not in ops/s nor the latencies. */
  readonly refusals: number;
  readonly opsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** CPU (user + system) of this whole process per successful operation: the client's side of the cost. */
  readonly cpuMsPerOp: number;
  /** The first error's message, to tell a broken setup from a slow one. */
  readonly firstError?: string;
}

interface LoopRun {
  readonly latenciesMs: number[];
  readonly errors: number;
  readonly refusals: number;
  readonly firstError: unknown;
  readonly elapsedNs: bigint;
  readonly cpuMicros: number;
}

/**
 * Runs `operation` from `clients` concurrent closed-loop workers for a fixed duration (after a warm-up) and
 * summarises throughput and latency. An operation started before the deadline may finish and counts; the
 * elapsed time runs until the last one has, so ops/s is never flattered by unfinished work.
 */
export async function measure(operation: Operation, options: LoadOptions): Promise<Measurement> {
  if (options.clients < 1 || !Number.isInteger(options.clients)) throw new Error(`Bad client count ${options.clients}`);
  if (options.warmupMs > 0) await runClosedLoop(operation, options.clients, options.warmupMs);
  return summarize(await runClosedLoop(operation, options.clients, options.durationMs), options.clients);
}

async function runClosedLoop(operation: Operation, clients: number, durationMs: number): Promise<LoopRun> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let refusals = 0;
  let firstError: unknown;
  const cpuAtStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(durationMs * 1e6));
  const worker = async (client: number): Promise<void> => {
    while (process.hrtime.bigint() < deadline) {
      const began = process.hrtime.bigint();
      try {
        const result = await operation(client);
        if (result?.refused === true) refusals += 1;
        else latenciesMs.push(result?.latencyMs ?? Number(process.hrtime.bigint() - began) / 1e6);
      } catch (error) {
        errors += 1;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, client) => worker(client)));
  const elapsedNs = process.hrtime.bigint() - start;
  const cpu = process.cpuUsage(cpuAtStart);
  return { latenciesMs, errors, refusals, firstError, elapsedNs, cpuMicros: cpu.user + cpu.system };
}

function summarize(run: LoopRun, clients: number): Measurement {
  const sorted = Float64Array.from(run.latenciesMs).sort();
  const elapsedMs = Number(run.elapsedNs) / 1e6;
  return {
    clients,
    elapsedMs,
    ops: sorted.length,
    errors: run.errors,
    refusals: run.refusals,
    opsPerSec: sorted.length / (elapsedMs / 1000),
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] ?? Number.NaN),
    cpuMsPerOp: sorted.length === 0 ? Number.NaN : run.cpuMicros / 1000 / sorted.length,
    ...(run.firstError === undefined ? {} : { firstError: messageOf(run.firstError) }),
  };
}

/** Nearest-rank percentile of ascending values (`NaN` when there are none). */
export function percentile(sorted: ArrayLike<number>, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
