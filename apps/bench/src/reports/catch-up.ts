import type { Kernel } from '@hms/core';

/**
 * Brings the analytics plugin's async read models up to the store, batch after batch (500 events each, as the
 * projector following the store in every process does), and answers how many events they applied and how long
 * that took. Only analytics' projections: the benchmark measures analytics.
 */
export async function catchUpAnalytics(
  kernel: Kernel,
  out: (line: string) => void,
): Promise<{ events: number; seconds: number }> {
  const started = performance.now();
  let events = 0;
  for (const { plugin, item } of kernel.registry.projections) {
    if (plugin !== 'analytics' || item.mode !== 'async') continue;
    let applied = 0;
    for (let n = await kernel.asyncProjector.runBatch(item); n > 0; n = await kernel.asyncProjector.runBatch(item)) {
      applied += n;
      if (applied % 100_000 < n) out(`  ${item.name}: ${applied} events`);
    }
    events += applied;
  }
  return { events, seconds: (performance.now() - started) / 1000 };
}
