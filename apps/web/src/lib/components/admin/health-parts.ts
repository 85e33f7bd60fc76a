import { t } from '$lib/i18n/en';
import type { SystemStatus } from './admin-screens';

/** How a part is doing, shown as a colour and a word (never the colour alone). */
export type Tone = 'ok' | 'warning' | 'down';

/** One row of the health table: a part of the system, its tone and what it means, in words. */
export interface HealthPart {
  readonly id: 'postgres' | 'redis' | 'jobs' | 'sessions';
  readonly name: string;
  readonly tone: Tone;
  readonly words: string;
}

/**
 * The parts `/api/admin/system` reports, in words an administrator can act on. Jobs are `warning` when this
 * installation has no queues (nothing in the background runs), sessions when the change notices are lost (slower,
 * never stale: see the security guide).
 */
export function healthParts(system: SystemStatus): HealthPart[] {
  const words = t.admin.system;
  const dependency = (state: SystemStatus['postgres']): Pick<HealthPart, 'tone' | 'words'> =>
    state.status === 'up'
      ? { tone: 'ok', words: words.answering(state.latencyMs) }
      : { tone: 'down', words: words.notAnswering(state.error) };
  const { jobs, sessions } = system;
  return [
    { id: 'postgres', name: words.partNames.postgres!, ...dependency(system.postgres) },
    { id: 'redis', name: words.partNames.redis!, ...dependency(system.redis) },
    {
      id: 'jobs',
      name: words.partNames.jobs!,
      ...(jobs.status === 'on'
        ? { tone: 'ok' as const, words: words.jobsOn(jobs.queues, jobs.workersRunning) }
        : { tone: 'warning' as const, words: words.jobsOff }),
    },
    { id: 'sessions', name: words.partNames.sessions!, ...sessionState(sessions) },
  ];
}

function sessionState(sessions: SystemStatus['sessions']): Pick<HealthPart, 'tone' | 'words'> {
  const words = t.admin.system;
  if (sessions.cache === 'off') return { tone: 'ok', words: words.sessionsOff };
  if (sessions.notifications === 'lost') {
    return { tone: 'warning', words: words.sessionsLost(sessions.interruptions ?? 0) };
  }
  return { tone: 'ok', words: words.sessionsLive };
}

/** The failed runs over every queue: the one number the start page shows about jobs. */
export function failedJobCount(queues: readonly { counts: { failed: number } }[]): number {
  return queues.reduce((sum, queue) => sum + queue.counts.failed, 0);
}
