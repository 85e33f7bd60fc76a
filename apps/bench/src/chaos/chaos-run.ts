import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startCluster, type RunningCluster } from '@hms/cli/dist/cluster/cluster';
import { freePort } from '@hms/core';
import {
  collabBodyText,
  connectCollabClient,
  insertCollabParagraph,
  waitUntil,
  type CollabClient,
} from '@hms/core/testing';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';
import { startPrivateRedis, type PrivateRedis } from './private-redis';

const run = promisify(execFile);

export const FAULT_KINDS = ['api', 'worker', 'redis', 'postgres'] as const;
/** SIGKILL of an API process (it also serves co-editing), of the worker, of Redis; PostgreSQL's immediate restart. */
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface ChaosOptions {
  readonly cycles: number;
  /** Faults in turn, one per cycle. */
  readonly faults: readonly FaultKind[];
  /** Clients registering patients through the balancer, each one after another. */
  readonly clients: number;
  /** Load between two faults. */
  readonly settleMs: number;
  readonly onLine: (line: string) => void;
}

/** What a chaos run did and what survived it. */
export interface ChaosCounts {
  readonly cycles: number;
  readonly faults: Record<FaultKind, number>;
  /** Per fault kind: from the fault until the balancer answered a read again with PostgreSQL and Redis up. */
  readonly recoveryMs: Record<FaultKind, number[]>;
  readonly registrations: {
    readonly attempted: number;
    /** Answered 201 on the first try. */
    readonly acknowledged: number;
    /** Unanswered (the process or a service died with the request), sent again with the same key at the end. */
    readonly retried: number;
    /** Acknowledged or retried, but not in the directory. */
    readonly lost: number;
    /** More than one patient for one attempt. */
    readonly duplicates: number;
  };
  readonly note: { readonly lines: number; readonly missing: number; readonly converged: boolean };
  readonly reports: {
    readonly requested: number;
    readonly completed: number;
    readonly failed: number;
    readonly unfinished: number;
    /** The statuses the unfinished runs were left in (queued, running…), to tell a stuck queue from a slow one. */
    readonly unfinishedStatuses: readonly string[];
  };
}

interface Attempt {
  readonly key: string;
  readonly familyName: string;
  readonly birthDate: string;
  answeredId?: string;
  firstTry: boolean;
}

const ADMIN_PASSWORD = 'chaos-admin-password-123';

/**
 * The chaos test of issue 18: `hms cluster` (two API processes, one worker, HAProxy) on a PostgreSQL and a Redis of
 * its own, under registrations, report requests and a note being typed, while faults strike in turn. Then the
 * clients retry what was never answered, with the same Idempotency-Key, and the run counts what was lost (must be
 * 0), duplicated (0), whether the note converged, and whether every requested report run finished.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosCounts> {
  const postgres = await startPrivatePostgres();
  let redis: PrivateRedis | undefined;
  let cluster: RunningCluster | undefined;
  const runDir = mkdtempSync(path.join(tmpdir(), 'hms-chaos-'));
  const clients: CollabClient[] = [];
  try {
    redis = await startPrivateRedis();
    cluster = await startCluster({
      apis: 2,
      workers: 1,
      host: '127.0.0.1',
      port: await freePort(),
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: postgres.url,
        REDIS_URL: redis.url,
        HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
        HMS_LOG_LEVEL: 'warn',
        HMS_DB_POOL_SIZE: '6',
      },
      runDir,
      onLine: (line) => {
        if (/exited/.test(line)) options.onLine(`  ${line}`);
      },
    });
    return await underFaults(cluster, postgres, redis, clients, options);
  } finally {
    clients.forEach((c) => c.destroy());
    await cluster?.stop();
    await redis?.stop();
    await postgres.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
}

async function underFaults(
  cluster: RunningCluster,
  postgres: PrivatePostgres,
  redis: PrivateRedis,
  collab: CollabClient[],
  options: ChaosOptions,
): Promise<ChaosCounts> {
  let token = '';
  const api = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const answer = await fetch(`${cluster.url}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await answer.text();
    return { status: answer.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  token = String((await api('POST', '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).body.token);

  const attempts: Attempt[] = [];
  const reportRuns: string[] = [];
  const typed: string[] = [];
  let running = true;

  const register = async (attempt: Attempt): Promise<void> => {
    try {
      const answer = await api(
        'POST',
        '/api/patients',
        { givenName: 'Chaos', familyName: attempt.familyName, birthDate: attempt.birthDate, gender: 'unknown' },
        { 'idempotency-key': attempt.key },
      );
      if (answer.status === 201) attempt.answeredId = String(answer.body.id);
    } catch {
      // died with the process or the connection: unanswered, retried at the end with the same key
    }
  };
  const registering = async (n: number): Promise<void> => {
    for (let i = 0; running; i++) {
      const attempt: Attempt = {
        key: randomUUID(),
        familyName: `Chaosrun${n}x${i}`,
        birthDate: new Date(Date.UTC(1935, 0, 1) + ((i * options.clients + n) % 30_000) * 86_400_000)
          .toISOString()
          .slice(0, 10),
        firstTry: true,
      };
      attempts.push(attempt);
      await register(attempt);
      attempt.firstTry = attempt.answeredId !== undefined;
      if (attempt.answeredId === undefined) await pause(100);
    }
  };
  const requestingReports = async (): Promise<void> => {
    while (running) {
      try {
        const answer = await api('POST', '/api/reports/analytics.resource-utilisation/runs', {});
        if (answer.status === 202) reportRuns.push(String(answer.body.id));
      } catch {
        // not accepted: nothing to finish
      }
      await pause(500);
    }
  };

  const patient = await api('POST', '/api/patients', {
    givenName: 'Chaos',
    familyName: 'Notepatient',
    birthDate: '1969-07-20',
    gender: 'unknown',
  });
  const noteId = String((await api('POST', '/api/notes', { patientId: patient.body.id })).body.id);
  const writer = connectCollabClient(cluster.url, noteId, token);
  collab.push(writer);
  await waitUntil('the writer synced', () => writer.provider.synced, 30_000);
  const typing = (async () => {
    for (let i = 0; running; i++) {
      const line = `chaos line ${i}`;
      insertCollabParagraph(writer.doc, line);
      typed.push(line);
      await pause(50);
    }
  })();

  const load = [...Array.from({ length: options.clients }, (_, n) => registering(n)), requestingReports(), typing];
  const faults = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  const recoveryMs = Object.fromEntries(FAULT_KINDS.map((k) => [k, [] as number[]])) as Record<FaultKind, number[]>;
  for (let cycle = 1; cycle <= options.cycles; cycle++) {
    const kind = options.faults[(cycle - 1) % options.faults.length]!;
    await pause(options.settleMs * (0.5 + Math.random()));
    const struck = performance.now();
    await strike(kind, cluster, postgres, redis);
    faults[kind]++;
    await recovered(cluster, token);
    recoveryMs[kind].push(performance.now() - struck);
    options.onLine(`  cycle ${cycle}: ${kind} recovered in ${Math.round(performance.now() - struck)} ms`);
  }
  await pause(options.settleMs);
  running = false;
  await Promise.all(load);

  // The clients send what was never answered again, with the same key, until it is answered.
  const unanswered = attempts.filter((a) => a.answeredId === undefined);
  for (const attempt of unanswered) {
    for (let tries = 0; attempt.answeredId === undefined && tries < 20; tries++) {
      await register(attempt);
      if (attempt.answeredId === undefined) await pause(250);
    }
  }
  const { stdout } = await run('psql', [
    postgres.url,
    '-tAc',
    "SELECT id || ' ' || family_name FROM patient.directory WHERE family_name LIKE 'Chaosrun%'",
  ]);
  const rows = stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ') as [string, string]);
  const stored = new Set(rows.map(([id]) => id));
  const perName = new Map<string, number>();
  for (const [, name] of rows) perName.set(name, (perName.get(name) ?? 0) + 1);

  const reader = connectCollabClient(cluster.url, noteId, token);
  collab.push(reader);
  const lines = (): Set<string> => new Set(collabBodyText(reader.doc).split('\n').filter(Boolean));
  let converged = true;
  try {
    await waitUntil('a new reader to hold every typed line', () => typed.every((line) => lines().has(line)), 60_000);
  } catch {
    converged = false;
  }
  const held = lines();

  const statuses = await finishedReports(api, reportRuns);
  return {
    cycles: options.cycles,
    faults,
    recoveryMs,
    registrations: {
      attempted: attempts.length,
      acknowledged: attempts.filter((a) => a.firstTry).length,
      retried: unanswered.length,
      lost: attempts.filter((a) => a.answeredId === undefined || !stored.has(a.answeredId)).length,
      duplicates: [...perName.values()].filter((n) => n > 1).length,
    },
    note: { lines: typed.length, missing: typed.filter((line) => !held.has(line)).length, converged },
    reports: {
      requested: reportRuns.length,
      completed: statuses.filter((s) => s === 'completed').length,
      failed: statuses.filter((s) => s === 'failed').length,
      unfinished: statuses.filter((s) => s !== 'completed' && s !== 'failed').length,
      unfinishedStatuses: statuses.filter((s) => s !== 'completed' && s !== 'failed'),
    },
  };
}

async function strike(kind: FaultKind, cluster: RunningCluster, postgres: PrivatePostgres, redis: PrivateRedis) {
  if (kind === 'api') return cluster.apis[Math.floor(Math.random() * cluster.apis.length)]!.signal('SIGKILL');
  if (kind === 'worker') return cluster.workers[0]!.signal('SIGKILL');
  if (kind === 'redis') return redis.crashRestart();
  return postgres.crashRestart();
}

/** Until the balancer answers a read with PostgreSQL and Redis both up, and every API process answers again. */
async function recovered(cluster: RunningCluster, token: string): Promise<void> {
  await waitUntil(
    'the cluster to recover',
    async () => {
      try {
        const health = await fetch(`${cluster.url}/health`, { signal: AbortSignal.timeout(2_000) });
        if (health.status !== 200 || ((await health.json()) as { status: string }).status !== 'ok') return false;
        const read = await fetch(`${cluster.url}/api/patients?limit=1`, {
          headers: { authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(2_000),
        });
        await read.arrayBuffer();
        if (read.status !== 200) return false;
        for (const url of cluster.apiUrls) {
          const each = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
          await each.arrayBuffer();
          if (each.status !== 200) return false;
        }
        return true;
      } catch {
        return false;
      }
    },
    120_000,
  );
}

type Api = (method: string, url: string) => Promise<{ status: number; body: Record<string, unknown> }>;

/**
 * Each requested report run's final status. A run whose worker was killed mid-job is taken again only once its lock
 * lapses (30 s) and a stalled-job check (every 30 s) finds it, then it runs: two minutes covers that with room.
 */
async function finishedReports(api: Api, runs: readonly string[]): Promise<string[]> {
  const statuses = new Map<string, string>();
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    for (const id of runs) {
      if (statuses.get(id) === 'completed' || statuses.get(id) === 'failed') continue;
      try {
        statuses.set(id, String((await api('GET', `/api/reports/runs/${id}`)).body.status));
      } catch {
        statuses.set(id, 'unreadable');
      }
    }
    if (runs.every((id) => ['completed', 'failed'].includes(statuses.get(id) ?? ''))) break;
    await pause(500);
  }
  return runs.map((id) => statuses.get(id) ?? 'unknown');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
