import { redactUrl } from '@hms/core';
import { createTestDatabase } from '@hms/core/testing';

/** The PostgreSQL database every measurement of one run uses. */
export interface BenchDatabase {
  readonly url: string;
  /** What to print: the URL without its password. */
  readonly description: string;
  /** Drops the database when the run created it; leaves a given one alone. */
  release(): Promise<void>;
}

/**
 * `DATABASE_URL` when set (a scratch database: the run writes thousands of fictional patients into it),
 * else a fresh database on the local test server (`TEST_DATABASE_URL`, by default
 * postgres://postgres@127.0.0.1:5432/test), dropped at the end.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const given = process.env.DATABASE_URL?.trim();
  if (given) return { url: given, description: `${redactUrl(given)} (DATABASE_URL)`, release: async () => undefined };
  const created = await createTestDatabase('hms_bench');
  return {
    url: created.url,
    description: `${redactUrl(created.url)} (created for this run, dropped after)`,
    release: () => created.drop(),
  };
}
