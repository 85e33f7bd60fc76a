import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertServerBuilt, HttpClient, registration, ServerProcess } from './e2e-support';

interface Patient {
  id: string;
  mrn: string;
  familyName: string;
  version: number;
}

/** A registration answers in milliseconds; this long means it never will. */
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * The default installation: no DATABASE_URL, so the API runs PGlite with its files under HMS_DATA_DIR. What was
 * written must survive a stop and a start on the same directory, administrator password included.
 *
 * The compiled server runs as a child process: PGlite loads its WebAssembly with a dynamic import(), which
 * Jest's module sandbox refuses without --experimental-vm-modules, so `startApi` cannot boot it inside Jest.
 * The tests run in order and share the data directory: first start, then restart.
 */
describe('the API on the embedded database (PGlite)', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  let http: HttpClient;
  let password: string | undefined;
  let registered: Patient | undefined;

  const start = async (): Promise<void> => {
    // No DATABASE_URL and no HMS_ADMIN_PASSWORD: the first start generates the password and prints it once.
    server = await ServerProcess.start({ HMS_DATA_DIR: dataDir, HMS_LOG_LEVEL: 'warn' }, { timeoutMs: 45_000 });
    http = new HttpClient(server.url);
  };

  beforeAll(async () => {
    assertServerBuilt();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hms-e2e-embedded-'));
    await start();
  }, 60_000);
  afterAll(async () => {
    await server?.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  describe('first start', () => {
    it('prints a generated administrator password once, and it signs in', async () => {
      password = /password: (\S+)/.exec(server?.printed ?? '')?.[1];
      expect(password).toEqual(expect.any(String));
      await http.login('admin', password ?? '');
      const health = await http.call('GET', '/health');
      expect(health.body).toEqual(
        expect.objectContaining({
          plugins: [
            'patient@1.4.0',
            'staff@0.2.6',
            'scheduling@1.4.0',
            'adt@1.5.0',
            'lab@0.3.0',
            'ehr@1.10.0',
            'inventory@1.7.0',
            'billing@1.7.0',
            'analytics@1.4.0',
            'fhir@0.6.0',
          ],
          postgres: expect.objectContaining({ status: 'up' }),
        }),
      );
    });

    it(
      'registers a patient',
      async () => {
        const token = await http.login('admin', password ?? '');
        const answer = await http.call<Patient>('POST', '/api/patients', {
          token,
          body: registration({ familyName: 'Embeddedson' }),
          headers: { 'idempotency-key': 'embedded-e2e-1' },
          timeoutMs: ANSWER_TIMEOUT_MS,
        });
        expect({ status: answer.status, timedOut: answer.timedOut ?? false }).toEqual({ status: 201, timedOut: false });
        registered = answer.body;
        expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(true);
      },
      ANSWER_TIMEOUT_MS + 5_000,
    );
  });

  describe('after a stop and a start on the same data directory', () => {
    beforeAll(async () => {
      await server?.stop(5_000);
      await start();
    }, 60_000);

    it('prints no new password, and the first one still signs in', async () => {
      expect(server?.printed).not.toMatch(/password:/);
      await http.login('admin', password ?? '');
    });

    it(
      'still has the patient registered before the stop',
      async () => {
        expect(registered).toEqual(expect.objectContaining({ id: expect.any(String) }));
        const token = await http.login('admin', password ?? '');
        const found = await http.call<Patient>('GET', `/api/patients/${registered?.id}`, { token });
        expect(found.status).toBe(200);
        expect(found.body).toEqual(registered);
        const search = await http.call<{ total: number }>('GET', '/api/patients?q=Embeddedson', { token });
        expect(search.body.total).toBe(1);
        // The idempotency record survived too: a client retrying across the restart gets the first answer.
        const retried = await http.call<Patient>('POST', '/api/patients', {
          token,
          body: registration({ familyName: 'Embeddedson' }),
          headers: { 'idempotency-key': 'embedded-e2e-1' },
          timeoutMs: ANSWER_TIMEOUT_MS,
        });
        expect(retried.status).toBe(201);
        expect(retried.body).toEqual(registered);
      },
      ANSWER_TIMEOUT_MS + 5_000,
    );
  });
});
