import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';

/** The Redis integration tests run on: `REDIS_URL`, else the machine's local one. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix of the test file's own (BullMQ `prefix`), so parallel test files never share a queue. */
export function uniqueRedisPrefix(): string {
  return `hms-test-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** The Redis keys under a prefix (`<prefix>:<pattern>`). */
export async function redisKeysUnder(prefix: string, pattern = '*'): Promise<string[]> {
  const redis = new Redis(TEST_REDIS_URL);
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
export async function dropRedisPrefix(prefix: string): Promise<void> {
  const keys = await redisKeysUnder(prefix);
  if (keys.length === 0) return;
  const redis = new Redis(TEST_REDIS_URL);
  try {
    await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
