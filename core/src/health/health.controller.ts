import { Controller, Get } from '@nestjs/common';
import { SessionService, type SessionCacheHealth } from '../auth/session.service';
import { Kernel } from '../kernel/kernel';
import { RedisProbe, withTimeout, type DependencyState } from './redis-probe';

/** Public (no permission): load balancers and operators call it without an account. It reveals no data. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly kernel: Kernel,
    private readonly redis: RedisProbe,
    private readonly sessions: SessionService,
  ) {}

  @Get()
  async health(): Promise<{
    status: 'ok' | 'degraded';
    plugins: string[];
    postgres: DependencyState;
    redis: DependencyState;
    sessions: SessionCacheHealth;
  }> {
    const [postgres, redis] = await Promise.all([this.postgres(), this.redis.check()]);
    return {
      status: postgres.status === 'up' && redis.status === 'up' ? 'ok' : 'degraded',
      plugins: this.kernel.registry.plugins.map((p) => `${p.name}@${p.version}`),
      postgres,
      redis,
      // While the notifications are lost every request reads its session from the database: slower, never stale.
      sessions: this.sessions.cacheState,
    };
  }

  private async postgres(): Promise<DependencyState> {
    const started = performance.now();
    try {
      await withTimeout(this.kernel.db.query('SELECT 1'), 2000);
      return { status: 'up', latencyMs: Math.round(performance.now() - started) };
    } catch {
      return { status: 'down', error: 'PostgreSQL did not answer' };
    }
  }
}
