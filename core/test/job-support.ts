import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import type { PluginDefinition } from '@hms/sdk';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The chores and errands fixture plugins (plain CommonJS, shared with the crash test's child process). */
export const { choresPlugin, errandsPlugin } = require('./fixtures/chores.plugin.cjs') as {
  choresPlugin: PluginDefinition;
  errandsPlugin: PluginDefinition;
};

/** A BullMQ key prefix of the test file's own, so parallel test files never share a queue. */
export function uniquePrefix(): string {
  return `hms-test-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** The Redis keys under a prefix (`<prefix>:*`). */
export async function keysUnder(prefix: string, pattern = '*'): Promise<string[]> {
  const redis = new Redis(REDIS_URL);
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:${pattern}`, 'COUNT', 1000);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    return keys;
  } finally {
    redis.disconnect();
  }
}

/** Deletes every key under the prefix. */
export async function dropPrefix(prefix: string): Promise<void> {
  const keys = await keysUnder(prefix);
  if (keys.length === 0) return;
  const redis = new Redis(REDIS_URL);
  try {
    await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** Polls until `check` returns a value other than undefined/false; fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
