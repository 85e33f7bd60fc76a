import type { Sql } from '@hms/sdk';

/** How often a running seed refreshes the event store's statistics. */
const ANALYZE_EVERY_MS = 15_000;

/**
 * Keeps the planner's statistics of `core.events` current while a seed writes it, and once more at the end.
 * A seed appends millions of events in minutes, faster than autovacuum looks (and some servers run with it
 * off): without statistics PostgreSQL guesses 200 distinct streams, so the one statement that reads a batch's
 * streams (`stream_id = ANY(...)`) looks like half the table and is planned as a sequential scan, each batch
 * slower than the last. With them it is a handful of index lookups. ANALYZE reads a fixed sample, so it
 * costs a fraction of a second whatever the table's size.
 */
export function keepEventStatisticsFresh(sql: Sql, everyMs = ANALYZE_EVERY_MS): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const analyze = (): Promise<void> => {
    if (busy) return running;
    busy = true;
    // Statistics only make the seed faster: a role that may not ANALYZE (not the tables' owner) seeds without.
    running = sql.query('ANALYZE core.events').then(() => undefined, () => undefined).finally(() => (busy = false));
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
