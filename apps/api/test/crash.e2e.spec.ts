import { randomUUID } from 'node:crypto';
import { bootKernel, verifyAuditLog, type Kernel } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import { INSTALLED_PLUGINS } from '@hms/installed-plugins';
import { ADMIN_PASSWORD, assertServerBuilt, HttpClient, registration, ServerProcess } from './e2e-support';

interface Patient {
  id: string;
  mrn: string;
  familyName: string;
}

/** One registration a client attempted: its Idempotency-Key, its body, and the 201 answer if one arrived. */
interface Attempt {
  readonly key: string;
  readonly body: Record<string, unknown>;
  answer?: Patient;
  /** A network failure (the request died with the server), or an HTTP status other than 201. */
  failure?: string;
  status?: number;
}

const CLIENTS = 16;
const RUN_BEFORE_KILL_MS = 1_200;

/**
 * The crash test of the issue: the API is killed with SIGKILL while clients register patients concurrently.
 * After a restart every registration that had been answered 201 is there, and retrying the unanswered ones with
 * their Idempotency-Key registers each exactly once. The tests run in order on one database.
 */
describe('the API killed with SIGKILL under concurrent registrations', () => {
  let database: TestDatabase;
  let server: ServerProcess | undefined;
  let port: number;
  let token: string;
  const attempts: Attempt[] = [];
  const env = (): Record<string, string> => ({
    DATABASE_URL: database.url,
    HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
    HMS_LOG_LEVEL: 'warn',
  });
  const answered = (): Attempt[] => attempts.filter((a) => a.answer !== undefined);
  const unanswered = (): Attempt[] => attempts.filter((a) => a.answer === undefined);

  beforeAll(async () => {
    assertServerBuilt();
    database = await createTestDatabase('hms_e2e_crash');
    server = await ServerProcess.start(env());
    port = server.port;
    token = await new HttpClient(server.url).login('admin', ADMIN_PASSWORD);
  }, 60_000);

  afterAll(async () => {
    await server?.kill();
    await database?.drop();
  });

  /** Registers patients one after another, a new Idempotency-Key per attempt, until told to stop. */
  async function client(n: number, url: string, stopped: () => boolean): Promise<void> {
    for (let i = 0; !stopped(); i++) {
      // A birth date of its own: alike names born the same day would be refused as likely duplicates.
      const birthDate = new Date(Date.UTC(1930, 0, 1) + ((i * CLIENTS + n) % 30_000) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const body = registration({ givenName: 'Crash', familyName: `Crashclient${n}n${i}`, birthDate });
      const attempt: Attempt = { key: randomUUID(), body };
      attempts.push(attempt);
      try {
        const response = await fetch(`${url}/api/patients`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'idempotency-key': attempt.key,
          },
          body: JSON.stringify(attempt.body),
        });
        const text = await response.text();
        attempt.status = response.status;
        if (response.status === 201) attempt.answer = JSON.parse(text) as Patient;
        else attempt.failure = `HTTP ${response.status}: ${text.slice(0, 200)}`;
      } catch (error) {
        attempt.failure = (error as Error).message;
      }
    }
  }

  it('answers registrations until the process is killed, leaving some in flight', async () => {
    const running = server as ServerProcess;
    let killed = false;
    const clients = Array.from({ length: CLIENTS }, (_, n) => client(n, running.url, () => killed));
    await new Promise((resolve) => setTimeout(resolve, RUN_BEFORE_KILL_MS));
    killed = true; // no client starts a new request; those in flight die with the process
    await running.kill();
    server = undefined;
    await Promise.all(clients);

    expect(answered().length).toBeGreaterThan(CLIENTS);
    expect(unanswered().length).toBeGreaterThan(0);
    // Before the kill the server answered every request 201: the only failures are requests it never answered.
    expect(attempts.filter((a) => a.status !== undefined && a.status !== 201).map((a) => a.failure)).toEqual([]);
  }, 30_000);

  it('after a restart, has every registration that was answered 201', async () => {
    server = await ServerProcess.start(env(), { port });
    const http = new HttpClient(server.url);
    const missing: string[] = [];
    await inBatches(answered(), CLIENTS, async ({ answer }) => {
      const found = await http.call<Patient>('GET', `/api/patients/${answer?.id}`, { token });
      if (found.status !== 200 || found.body.mrn !== answer?.mrn) missing.push(`${answer?.id}: ${found.status}`);
    });
    expect(missing).toEqual([]);
  }, 60_000);

  it('registers each unanswered attempt exactly once when retried with its Idempotency-Key', async () => {
    const http = new HttpClient((server as ServerProcess).url);
    const refused: string[] = [];
    await inBatches(unanswered(), CLIENTS, async (attempt) => {
      const retry = await http.call<Patient>('POST', '/api/patients', {
        token,
        body: attempt.body,
        headers: { 'idempotency-key': attempt.key },
      });
      if (retry.status === 201) attempt.answer = retry.body;
      else refused.push(`${attempt.key}: ${retry.status} ${retry.text.slice(0, 200)}`);
    });
    expect(refused).toEqual([]);
    // A retry of an answered attempt, across the crash, is still the first answer.
    for (const attempt of answered().slice(0, 5)) {
      const retry = await http.call<Patient>('POST', '/api/patients', {
        token,
        body: attempt.body,
        headers: { 'idempotency-key': attempt.key },
      });
      expect({ status: retry.status, id: retry.body.id }).toEqual({ status: 201, id: attempt.answer?.id });
    }
  }, 60_000);

  describe('in the database afterwards', () => {
    let kernel: Kernel;

    beforeAll(async () => {
      kernel = await bootKernel({
        installed: INSTALLED_PLUGINS,
        selection: 'all',
        database: { kind: 'server', url: database.url },
        poolSize: 2,
      });
    }, 30_000);
    afterAll(async () => {
      await kernel?.close();
    });

    const count = async (sql: string): Promise<number> => Number((await kernel.db.query<{ n: string }>(sql))[0]?.n);

    it('holds exactly one patient, with one PatientRegistered event, per Idempotency-Key', async () => {
      const keys = new Set(attempts.map((a) => a.key));
      const ids = new Set(attempts.map((a) => a.answer?.id));
      expect(ids.size).toBe(keys.size);
      expect(await count('SELECT count(*) AS n FROM patient.directory')).toBe(keys.size);
      const registered = `FROM core.events WHERE event_type = 'patient.PatientRegistered'`;
      expect(await count(`SELECT count(*) AS n ${registered}`)).toBe(keys.size);
      expect(await count(`SELECT count(DISTINCT stream_id) AS n ${registered}`)).toBe(keys.size);
      expect(await count('SELECT count(DISTINCT mrn) AS n FROM patient.directory')).toBe(keys.size);
      const stored = await kernel.db.query<{ id: string }>('SELECT id::text AS id FROM patient.directory');
      expect(new Set(stored.map((row) => row.id))).toEqual(ids);
    });

    it('has an intact audit hash chain', async () => {
      expect(await verifyAuditLog(kernel.db)).toEqual({ ok: true, checked: expect.any(Number) });
    });
  });

  it('shuts down on SIGTERM by closing the kernel and exiting with code 0', async () => {
    // main.ts stops the API (Nest app, then kernel) and exits 0. Fails today: the Nest shutdown hooks that
    // createApiApp enables also listen for SIGTERM, close only the Nest app, then re-raise the signal, which kills
    // the process (code null, signal SIGTERM, shell status 143) before the kernel's close has finished.
    const running = server as ServerProcess;
    server = undefined;
    expect(await running.stop()).toEqual({ code: 0, signal: null });
  }, 15_000);
});

/** Runs `work` over `items`, at most `width` at a time. */
async function inBatches<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}
