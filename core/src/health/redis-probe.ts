import type { OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';

export interface DependencyState {
  readonly status: 'up' | 'down';
  readonly latencyMs?: number;
  readonly error?: string;
}

/**
 * Checks Redis with one PING on a long-lived connection that never queues commands while disconnected, so a
 * health check answers within its timeout instead of hanging on a dead server.
 */
export class RedisProbe implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(url: string) {
    this.client = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    // Connection errors are reported by check(); without a listener ioredis would print each retry.
    this.client.on('error', () => undefined);
  }

  async check(timeoutMs = 1000): Promise<DependencyState> {
    const started = performance.now();
    try {
      if (this.client.status === 'wait') await this.client.connect();
      await withTimeout(this.client.ping(), timeoutMs);
      return { status: 'up', latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      return { status: 'down', error: (error as Error).message.split('\n')[0] };
    }
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }

  /** Closed with the application, or an in-process server (tests, the CLI) would never let Node exit. */
  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
