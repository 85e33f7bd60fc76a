import type { PluginDefinition } from '@hms/sdk';

// The Redis helpers live in the core's testing kit, shared with the API's tests.
export {
  dropRedisPrefix as dropPrefix,
  redisKeysUnder as keysUnder,
  TEST_REDIS_URL as REDIS_URL,
  uniqueRedisPrefix as uniquePrefix,
} from '../src/testing/test-redis';

/** The chores and errands fixture plugins (plain CommonJS, shared with the crash test's child process). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS fixture the crash test's child loads too
export const { choresPlugin, errandsPlugin } = require('./fixtures/chores.plugin.cjs') as {
  choresPlugin: PluginDefinition;
  errandsPlugin: PluginDefinition;
};

/** Polls until `check` returns a value other than undefined/false; fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
