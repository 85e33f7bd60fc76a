import Redis from 'ioredis';
import { redactUrl } from '../config/config';

/** BullMQ 6 needs Redis 6.2 (the commands its Lua scripts use); older servers fail in odd places later. */
export const MINIMUM_REDIS_VERSION = '6.2.0';

/** Something wrong with the Redis the jobs would run on; `fatal` ones stop the start. */
export interface RedisProblem {
  readonly severity: 'fatal' | 'warning';
  readonly message: string;
}

export interface RedisCheck {
  readonly version: string;
  /** `undefined` when the server shows it neither through CONFIG GET nor INFO. */
  readonly evictionPolicy: string | undefined;
  readonly problems: readonly RedisProblem[];
}

/**
 * Reads Redis's version and eviction policy and says what is wrong with them for BullMQ. Any policy but
 * `noeviction` lets Redis drop queue keys under memory pressure: jobs vanish without a trace, so it is reported
 * loudly with the fix. Throws when Redis does not answer (the message names the URL without its password).
 * @example
 * const { problems } = await checkRedis(config.redisUrl);
 */
export async function checkRedis(url: string, timeoutMs = 3000): Promise<RedisCheck> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
    disconnectTimeout: 100, // else a refused connection holds the process open for ioredis's default 2 s
  });
  client.on('error', () => undefined); // reported through the rejected connect() below
  try {
    await client.connect().catch((error: unknown) => {
      throw new Error(
        `Redis does not answer at ${redactUrl(url)} (${(error as Error).message}). The job queues need it: start one ` +
          '(sudo apt-get install redis-server, brew install redis, or docker run -p 6379:6379 redis:7) or set REDIS_URL.',
      );
    });
    const version = infoField(await client.info('server'), 'redis_version') ?? '0.0.0';
    const evictionPolicy = await readEvictionPolicy(client);
    return { version, evictionPolicy, problems: problemsOf(version, evictionPolicy) };
  } finally {
    client.disconnect();
  }
}

/** CONFIG is often disabled on managed Redis (ElastiCache, Memorystore); INFO memory shows the policy there too. */
async function readEvictionPolicy(client: Redis): Promise<string | undefined> {
  try {
    const reply = (await client.config('GET', 'maxmemory-policy')) as string[];
    if (reply[1] !== undefined) return reply[1];
  } catch {
    // refused (renamed or disabled command): fall through to INFO
  }
  return infoField(await client.info('memory'), 'maxmemory_policy');
}

function problemsOf(version: string, evictionPolicy: string | undefined): RedisProblem[] {
  const problems: RedisProblem[] = [];
  if (compareVersions(version, MINIMUM_REDIS_VERSION) < 0) {
    problems.push({
      severity: 'fatal',
      message: `Redis ${version} is too old: the job queues (BullMQ) need Redis ${MINIMUM_REDIS_VERSION} or newer`,
    });
  }
  if (evictionPolicy !== 'noeviction') {
    problems.push({
      severity: 'warning',
      message:
        `Redis maxmemory-policy is ${evictionPolicy ?? 'unknown'}, not noeviction: under memory pressure Redis may delete ` +
        'queued jobs. Fix: run `redis-cli CONFIG SET maxmemory-policy noeviction` and put `maxmemory-policy noeviction` ' +
        'in redis.conf (on managed Redis, set it in the parameter group)',
    });
  }
  return problems;
}

function infoField(info: string, field: string): string | undefined {
  const line = info.split(/\r?\n/).find((l) => l.startsWith(`${field}:`));
  return line?.slice(field.length + 1).trim();
}

/** Compares dotted versions numerically (`6.10.0` > `6.2.0`). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string): number[] => v.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
