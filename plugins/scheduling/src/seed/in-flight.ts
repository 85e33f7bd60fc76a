import {
  ConflictError,
  VERSION_CONFLICT,
  type CommandDefinition,
  type InputOf,
  type ResultOf,
  type SeedCommandOptions,
  type SeedContext,
} from '@hms/sdk';

/**
 * Runs `work` on every item with at most `limit` at once, taking items in order (so what each item is does not
 * depend on timing: a generator may draw from the seed's random numbers). The first failure stops the rest.
 */
export async function inFlight<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed = false;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (!failed) {
      const next = iterator.next();
      if (next.done === true) return;
      try {
        await work(next.value);
      } catch (error) {
        if (!failed) failure = error;
        failed = true;
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  if (failed) throw failure;
}

/**
 * `ctx.execute`, run again when another transaction wrote the same stream first and the kernel's own retry lost
 * too (several command lanes booking the same practitioner's day).
 */
export async function executeRetrying<C extends CommandDefinition>(
  ctx: SeedContext,
  command: C,
  data: InputOf<C>,
  options?: SeedCommandOptions,
): Promise<ResultOf<C>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.execute(command, data, options);
    } catch (error) {
      if (!(error instanceof ConflictError && error.code === VERSION_CONFLICT) || attempt >= 5) throw error;
    }
  }
}

/** Progress every few seconds while a phase runs, with its rate. */
export function progressMeter(ctx: SeedContext, what: string, expected: string): { tick(): void; done(): number } {
  const started = performance.now();
  let count = 0;
  let reported = started;
  const line = (now: number): string =>
    `${what}: ${count}${expected} in ${((now - started) / 1000).toFixed(1)} s (${Math.round(count / Math.max(0.001, (now - started) / 1000))}/s)`;
  return {
    tick() {
      count += 1;
      const now = performance.now();
      if (now - reported >= 5000) {
        reported = now;
        ctx.progress(line(now));
      }
    },
    done() {
      ctx.progress(line(performance.now()));
      return count;
    },
  };
}

/** A small, fast, deterministic PRNG (mulberry32): a stream of its own per item keeps items independent of order. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
