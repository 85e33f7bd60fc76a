import type { SeedContext } from './seed';

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
