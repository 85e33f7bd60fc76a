import autocannon from 'autocannon';
import { percentile, type Measurement } from './measure';

/** One request of a load: built afresh for every request (a new body, a new Idempotency-Key). */
export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface AutocannonLoadOptions {
  readonly url: URL;
  readonly clients: number;
  readonly durationMs: number;
  readonly warmupMs: number;
  /** The status a successful request answers with; anything else counts as an error. */
  readonly expectStatus: number;
  readonly nextRequest: () => LoadRequest;
  /** CPU the server process has used so far, in ms: its difference over the measured run is divided by the ops. */
  readonly serverCpuMs: () => number;
}

/**
 * Drives a server with autocannon: `clients` keep-alive connections, each sending its next request as soon as its
 * last one is answered (the same closed loop as {@link measure}). Latencies come from autocannon's per-response
 * timings (fractions of a millisecond; its own histogram rounds to whole ones). `cpuMsPerOp` is the server's CPU.
 */
export async function autocannonLoad(options: AutocannonLoadOptions): Promise<Measurement> {
  if (options.warmupMs > 0) await run(options, options.warmupMs);
  const cpuBefore = options.serverCpuMs();
  const result = await run(options, options.durationMs);
  const cpuMs = options.serverCpuMs() - cpuBefore;
  const sorted = Float64Array.from(result.latenciesMs).sort();
  return {
    clients: options.clients,
    elapsedMs: result.elapsedMs,
    ops: sorted.length,
    errors: result.errors,
    refusals: 0,
    opsPerSec: sorted.length / (result.elapsedMs / 1000),
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] ?? Number.NaN),
    cpuMsPerOp: sorted.length === 0 ? Number.NaN : cpuMs / sorted.length,
    ...(result.firstError === undefined ? {} : { firstError: result.firstError }),
  };
}

interface Run {
  readonly latenciesMs: number[];
  readonly errors: number;
  readonly firstError: string | undefined;
  readonly elapsedMs: number;
}

async function run(options: AutocannonLoadOptions, durationMs: number): Promise<Run> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = process.hrtime.bigint();
  let finish: (error: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    finish = (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve());
  });
  const instance = autocannon(
    {
      url: options.url.origin,
      connections: options.clients,
      pipelining: 1,
      duration: durationMs / 1000,
      timeout: 30,
      requests: [
        {
          setupRequest: (request) => {
            const next = options.nextRequest();
            return { ...request, method: next.method, path: next.path, headers: { ...next.headers }, body: next.body };
          },
        },
      ],
    },
    (error: unknown) => finish(error),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode === options.expectStatus) latenciesMs.push(responseTimeMs);
    else {
      errors += 1;
      firstError ??= `HTTP ${statusCode}`;
    }
  });
  instance.on('reqError', (error: unknown) => {
    errors += 1;
    firstError ??= error instanceof Error ? error.message : String(error);
  });
  await done;
  return { latenciesMs, errors, firstError, elapsedMs: Number(process.hrtime.bigint() - started) / 1e6 };
}
