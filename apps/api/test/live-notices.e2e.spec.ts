import { AccountService } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, registration } from './e2e-support';
import { openLive, until } from './live-support';

const PASSWORD = 'live notices test passphrase';

describe('live change notices', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_live');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    const accounts = new AccountService(api.kernel.db);
    await accounts.upsertRole('coder', 'Looks up codes only', ['ehr:terminology:read']);
    await accounts.upsertRole('chart-reader', 'Reads charts', ['ehr:chart:read']);
    await accounts.createAccount({ username: 'coder', password: PASSWORD, displayName: 'Coder', roles: ['coder'] });
    await accounts.createAccount({
      username: 'clinician',
      password: PASSWORD,
      displayName: 'Clinician',
      roles: ['chart-reader'],
    });
    await accounts.createAccount({
      username: 'stranger',
      password: PASSWORD,
      displayName: 'Stranger',
      roles: ['chart-reader'],
    });
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('tells a chart reader caring for the patient that a chart changed, and nobody else', async () => {
    const coder = await openLive(api.url, await http.login('coder', PASSWORD));
    const clinician = await openLive(api.url, await http.login('clinician', PASSWORD));
    // Holds the same role, but has no care relationship with this patient (the default, strict policy).
    const stranger = await openLive(api.url, await http.login('stranger', PASSWORD));
    await until(
      'the channels to connect',
      () => coder.isConnected() && clinician.isConnected() && stranger.isConnected(),
    );
    const patient = await http.call<{ id: string }>('POST', '/api/patients', {
      token: admin,
      body: registration({ familyName: 'Livenotice' }),
    });
    const [clinicianAccount] = await api.kernel.db.query<{ id: string }>(
      `SELECT id FROM core.accounts WHERE username = 'clinician'`,
    );
    const granted = await http.call('POST', '/api/access/grants', {
      token: admin,
      body: {
        patientId: patient.body.id,
        accountId: clinicianAccount!.id,
        until: new Date(Date.now() + 3_600_000).toISOString(),
        reason: 'Covering the ward tonight',
      },
    });
    expect(granted.status).toBe(201);
    const recorded = await http.call('POST', `/api/charts/${patient.body.id}/observations`, {
      token: admin,
      body: { code: '8867-4', value: 72, unit: '/min' },
    });
    expect(recorded.status).toBe(201);
    await until('the clinician to hear of the observation', () =>
      clinician.events.some((e) => e.data.type === 'ehr.ObservationRecorded'),
    );
    // Notices of one batch reach every channel together: by now the coder would have it too, if it were sent.
    expect(coder.events.filter((e) => e.data.plugin === 'ehr')).toEqual([]);
    expect(JSON.stringify(coder.events)).not.toContain(patient.body.id);
    expect(stranger.events.filter((e) => e.data.plugin === 'ehr')).toEqual([]);
    expect(JSON.stringify(stranger.events)).not.toContain(patient.body.id);
    await Promise.all([coder.close(), clinician.close(), stranger.close()]);
  });
});
