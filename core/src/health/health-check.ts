import type { SessionCacheHealth } from '../auth/session.service';
import type { Kernel } from '../kernel/kernel';
import { withTimeout, type DependencyState, type RedisProbe } from './redis-probe';

/** What the job queues look like from this process: how many queues it opened and whether it runs their workers. */
export interface JobsState {
  /** `off` when the process has no queues (no plugin declares a job, or Redis is not configured). */
  readonly status: 'on' | 'off';
  readonly queues: number;
  readonly workersRunning: boolean;
}

/** The state of the parts a process depends on, as `/health` and the administrators' status screen show it. */
export interface SystemHealth {
  readonly status: 'ok' | 'degraded';
  readonly postgres: DependencyState;
  readonly redis: DependencyState;
  readonly jobs: JobsState;
  readonly sessions: SessionCacheHealth;
}

/**
 * Asks PostgreSQL and Redis at once (each within its timeout, so a dead one answers `down` rather than hanging) and
 * reads the jobs and the session cache from the process. `degraded` when either store does not answer.
 */
export async function checkHealth(
  kernel: Kernel,
  redis: RedisProbe,
  sessions: { readonly cacheState: SessionCacheHealth },
): Promise<SystemHealth> {
  const [postgres, redisState] = await Promise.all([checkPostgres(kernel), redis.check()]);
  const jobs = kernel.jobs;
  return {
    status: postgres.status === 'up' && redisState.status === 'up' ? 'ok' : 'degraded',
    postgres,
    redis: redisState,
    jobs: jobs
      ? { status: 'on', queues: jobs.plugins.length, workersRunning: jobs.workersRunning }
      : { status: 'off', queues: 0, workersRunning: false },
    // While the notifications are lost every request reads its session from the database: slower, never stale.
    sessions: sessions.cacheState,
  };
}

async function checkPostgres(kernel: Kernel): Promise<DependencyState> {
  const started = performance.now();
  try {
    await withTimeout(kernel.db.query('SELECT 1'), 2000);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'down', error: 'PostgreSQL did not answer' };
  }
}
