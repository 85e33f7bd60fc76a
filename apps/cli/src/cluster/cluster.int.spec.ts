import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { freePort } from '@hms/core';
import {
  collabBodyText,
  connectCollabClient,
  createTestDatabase,
  dropRedisPrefix,
  insertCollabParagraph,
  uniqueRedisPrefix,
  waitUntil,
  type CollabClient,
  type TestDatabase,
} from '@hms/core/testing';
import { startCluster, waitForHealth, type RunningCluster } from './cluster';

const run = promisify(execFile);
const ADMIN_PASSWORD = 'cluster-admin-password-123';
const CLIENTS = 8;

/** One registration a client attempted, with its Idempotency-Key, and the answer if one arrived. */
interface Attempt {
  readonly key: string;
  readonly familyName: string;
  readonly birthDate: string;
  answeredId?: string;
}

/**
 * `hms cluster` as an operator runs it: two API processes and a worker behind HAProxy on one PostgreSQL and one
 * Redis (the compiled processes, as in production). Requests spread over both, a co-edited document stays on one,
 * and the short version of the chaos test: an API process and the worker are SIGKILLed under concurrent
 * registrations and co-editing; the supervisor starts them again, every acknowledged registration is there exactly
 * once after the clients retry the unanswered ones with their keys, and the note converges.
 */
describe('hms cluster', () => {
  let database: TestDatabase;
  let cluster: RunningCluster;
  let runDir: string;
  let token: string;
  const redisPrefix = uniqueRedisPrefix();
  const clients: CollabClient[] = [];
  const log: string[] = [];

  beforeAll(async () => {
    for (const main of ['@hms/api/dist/main.js', '@hms/worker/dist/main.js'])
      if (!existsSync(require.resolve(main))) throw new Error(`${main} is missing: build first (pnpm build)`);
    database = await createTestDatabase('hms_cluster');
    runDir = mkdtempSync(path.join(tmpdir(), 'hms-cluster-test-'));
    cluster = await startCluster({
      apis: 2,
      workers: 1,
      host: '127.0.0.1',
      port: await freePort(),
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: database.url,
        REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        HMS_QUEUE_PREFIX: redisPrefix,
        HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
        HMS_LOG_LEVEL: 'warn',
        HMS_DB_POOL_SIZE: '4',
      },
      runDir,
      onLine: (line) => void log.push(line),
    }).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\n--- cluster output ---\n${log.slice(-40).join('\n')}`);
    });
    const login = await fetch(`${cluster.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    token = ((await login.json()) as { token: string }).token;
  }, 180_000);

  afterAll(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await cluster?.stop();
    await database?.drop();
    await dropRedisPrefix(redisPrefix);
    if (runDir) rmSync(runDir, { recursive: true, force: true });
  }, 60_000);

  const servedBy = async (url: string): Promise<string> => {
    const answer = await fetch(`${cluster.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
    await answer.arrayBuffer();
    return answer.headers.get('x-served-by') ?? '(none)';
  };

  const post = async (url: string, body: unknown): Promise<{ id: string }> => {
    const answer = await fetch(`${cluster.url}${url}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (answer.status !== 201) throw new Error(`POST ${url} answered ${answer.status}: ${await answer.text()}`);
    return (await answer.json()) as { id: string };
  };
  /** A clinical note to co-edit (a document of a kind the EHR serves). */
  const noteOfNewPatient = async (): Promise<string> => {
    const patient = await post('/api/patients', {
      givenName: 'Note',
      familyName: 'Clusterpatient',
      birthDate: '1977-03-04',
      gender: 'unknown',
    });
    return (await post('/api/notes', { patientId: patient.id })).id;
  };

  it('spreads requests over both API processes, and keeps each co-edited document on one', async () => {
    const api = new Set<string>();
    for (let i = 0; i < 20; i++) api.add(await servedBy('/api/patients?limit=1'));
    expect([...api].sort()).toEqual(['api1', 'api2']);

    const homes = new Map<string, Set<string>>();
    for (let d = 0; d < 12; d++) {
      const documentId = randomUUID();
      const seen = new Set<string>();
      for (let i = 0; i < 4; i++) seen.add(await servedBy(`/collab/${documentId}`));
      homes.set(documentId, seen);
    }
    expect([...homes.values()].every((seen) => seen.size === 1)).toBe(true);
    expect(new Set([...homes.values()].flatMap((seen) => [...seen])).size).toBe(2);
  }, 60_000);

  it('loses no acknowledged registration and no typed line when an API process and the worker are SIGKILLed', async () => {
    const attempts: Attempt[] = [];
    let running = true;
    const register = async (attempt: Attempt): Promise<void> => {
      try {
        const answer = await fetch(`${cluster.url}/api/patients`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'idempotency-key': attempt.key,
          },
          body: JSON.stringify({
            givenName: 'Chaos',
            familyName: attempt.familyName,
            birthDate: attempt.birthDate,
            gender: 'unknown',
          }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await answer.json()) as { id?: string };
        if (answer.status === 201) attempt.answeredId = body.id;
      } catch {
        // The process died with the request: unanswered, retried below with the same key.
      }
    };
    const client = async (n: number): Promise<void> => {
      for (let i = 0; running; i++) {
        const attempt: Attempt = {
          key: randomUUID(),
          familyName: `Chaosclient${n}n${i}`,
          birthDate: new Date(Date.UTC(1940, 0, 1) + (i * CLIENTS + n) * 86_400_000).toISOString().slice(0, 10),
        };
        attempts.push(attempt);
        await register(attempt);
      }
    };
    const documentId = await noteOfNewPatient();
    const typists = [0, 1].map(() => connectCollabClient(cluster.url, documentId, token));
    clients.push(...typists);
    await waitUntil('typists synced', () => typists.every((t) => t.provider.synced));
    const typed: string[] = [];
    const typing = (async () => {
      for (let i = 0; running; i++) {
        const line = `line ${i} from typist ${i % 2}`;
        insertCollabParagraph(typists[i % 2]!.doc, line);
        typed.push(line);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    const loops = Array.from({ length: CLIENTS }, (_, n) => client(n));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    cluster.apis[0]!.signal('SIGKILL');
    cluster.workers[0]!.signal('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await waitUntil(
      'api1 and the worker started again',
      () => cluster.apis[0]!.restarts >= 1 && cluster.workers[0]!.restarts >= 1,
      30_000,
    );
    await waitForHealth(cluster.apiUrls[0]!, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    running = false;
    await Promise.all([...loops, typing]);

    // Clients retry what was never answered, with the same key: each registration lands exactly once.
    for (const attempt of attempts.filter((a) => a.answeredId === undefined)) await register(attempt);
    expect(attempts.filter((a) => a.answeredId === undefined)).toEqual([]);
    const ids = new Set(attempts.map((a) => a.answeredId));
    expect(ids.size).toBe(attempts.length);
    for (const attempt of attempts.filter((_, i) => i % 7 === 0)) {
      const found = await fetch(`${cluster.url}/api/patients/${attempt.answeredId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(found.status).toBe(200);
    }
    const { stdout } = await run('psql', [
      database.url,
      '-tAc',
      "SELECT count(*) FROM patient.directory WHERE family_name LIKE 'Chaosclient%'",
    ]);
    expect(Number(stdout.trim())).toBe(attempts.length);

    // The typists reconnect through the balancer (the document moved if its process died) and converge.
    const everything = [...typed].sort().join('|');
    await waitUntil(
      'both typists to hold every line',
      () =>
        typists.every(
          (t) => t.provider.synced && collabBodyText(t.doc).split('\n').filter(Boolean).sort().join('|') === everything,
        ),
      30_000,
    );
    expect(attempts.length).toBeGreaterThan(CLIENTS);
  }, 180_000);
});
