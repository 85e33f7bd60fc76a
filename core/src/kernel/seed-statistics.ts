import type { Sql } from '@hms/sdk';

/** How often a running seed refreshes the planner's statistics. */
const ANALYZE_EVERY_MS = 15_000;

/**
 * Keeps the planner's statistics of the whole database (the event store and the plugins' read models) current
 * while a seed writes it, and once more at the end. A seed writes millions of rows in minutes, faster than
 * autovacuum looks (and some servers run with it off). Without statistics PostgreSQL guesses 200 distinct streams,
 * so the one statement that reads a batch's streams (`stream_id = ANY(...)`) looks like half the table and is
 * planned as a sequential scan; and a statement first planned while a read model was nearly empty keeps that plan
 * (a sequential scan) as the table grows, until its statistics change. Measured on the full hospital's seed: one
 * ANALYZE of `scheduling.appointments` (then `patient.appointments`) took its bookings from ~300 to ~1 800 a second.
 * ANALYZE reads a fixed sample
 * of each table, so it costs a fraction of a second whatever their size.
 */
export function keepStatisticsFresh(sql: Sql, everyMs = ANALYZE_EVERY_MS): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const analyze = (): Promise<void> => {
    if (busy) return running;
    busy = true;
    // Statistics only make the seed faster: tables the role does not own are skipped, and a failure is harmless.
    running = sql
      .query('ANALYZE')
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => (busy = false));
    return running;
  };
  const timer = setInterval(() => void analyze(), everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await analyze();
    },
  };
}
