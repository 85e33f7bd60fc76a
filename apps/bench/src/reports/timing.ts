/** How long a piece of work took and the most memory the process held meanwhile. */
export interface Timing {
  readonly ms: number;
  readonly peakRssMb: number;
}

/** Runs `work`, sampling the resident set every 5 ms (the peak of a short run is still seen at its end). */
export async function timed<T>(work: () => Promise<T>): Promise<Timing & { value: T }> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const started = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, ms, peakRssMb: peak / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}

/** The median run of `repeats` (after one unrecorded warm-up run), with the highest peak of all. */
export async function medianOf(repeats: number, work: () => Promise<unknown>): Promise<Timing> {
  await work();
  const runs: Timing[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await timed(work));
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return { ms: sorted[Math.floor(sorted.length / 2)]!.ms, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) };
}
