import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, registration } from './e2e-support';

const PASSWORD = 'a long enough passphrase for tests';

interface AuditPage {
  items: { action: string; actorName: string | null; outcome: string; patientIds: string[] }[];
  nextCursor?: string;
}

/** The privacy officer's audit viewer and the front desk's unmerge, through the API as it runs. */
describe('the audit viewer and unmerge over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_audit_viewer');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    const admin = await http.login('admin', ADMIN_PASSWORD);
    for (const [username, displayName, role] of [
      ['paula', 'Paula Privacy', 'privacy-officer'],
      ['dora', 'Dora Desk', 'front-desk'],
    ] as const) {
      const created = await http.call('POST', '/api/admin/accounts', {
        token: admin,
        body: { username, password: PASSWORD, displayName, roles: [role] },
      });
      expect(created.status).toBe(201);
      tokens[username] = await http.login(username, PASSWORD);
    }
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it("shows the privacy officer who saw or changed a patient's record, and exports it; no one else", async () => {
    const patient = await http.call<{ id: string }>('POST', '/api/patients', {
      token: tokens.dora,
      body: registration({ familyName: 'Auditson' }),
    });
    expect(patient.status).toBe(201);
    const id = patient.body.id;
    expect((await http.call('GET', `/api/patients/${id}`, { token: tokens.dora })).status).toBe(200);

    const refused = await http.call('GET', `/api/audit/records?patientId=${id}`, { token: tokens.dora });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain(PROBLEM_JSON);

    const page = await http.call<AuditPage>('GET', `/api/audit/records?patientId=${id}`, { token: tokens.paula });
    expect(page.status).toBe(200);
    expect(page.body.items.map((r) => [r.action, r.actorName, r.outcome])).toEqual([
      ['patient.GetPatient', 'Dora Desk', 'success'],
      ['patient.RegisterPatient', 'Dora Desk', 'success'],
    ]);

    const csv = await http.call('GET', `/api/audit/patients/${id}/access-history?timeZone=Europe/Lisbon`, {
      token: tokens.paula,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('When (Europe/Lisbon),Who,What,Action,Outcome,Emergency access');
    expect(lines.slice(1).map((line) => line.split(',').slice(1, 5))).toEqual([
      [
        'Dora Desk',
        'Register a patient: a new id and medical record number are assigned',
        'patient.RegisterPatient',
        'success',
      ],
      ['Dora Desk', 'Look up one patient', 'patient.GetPatient', 'success'],
      ['Paula Privacy', "Searched the audit log for this patient's records", 'core.SearchAuditLog', 'success'],
    ]);

    // The privacy officer's own reading is on the record too, naming the patient.
    const again = await http.call<AuditPage>('GET', `/api/audit/records?patientId=${id}&actor=paula`, {
      token: tokens.paula,
    });
    expect(again.body.items.map((r) => r.action)).toEqual(['core.ExportPatientAccessHistory', 'core.SearchAuditLog']);
  });

  it('undoes a merge at the front desk with a reason, refusing one without', async () => {
    const survivor = await http.call<{ id: string }>('POST', '/api/patients', {
      token: tokens.dora,
      body: registration({ givenName: 'Rita', familyName: 'Splitwell', birthDate: '1970-01-01' }),
    });
    const duplicate = await http.call<{ id: string; mrn: string }>('POST', '/api/patients', {
      token: tokens.dora,
      body: registration({ givenName: 'Rita', familyName: 'Splitwel', birthDate: '1970-01-02' }),
    });
    const merged = await http.call('POST', `/api/patients/${survivor.body.id}/merge`, {
      token: tokens.dora,
      body: { mergedId: duplicate.body.id, reason: 'duplicate-registration' },
    });
    expect(merged.status).toBe(200);

    const noReason = await http.call('POST', `/api/patients/${duplicate.body.id}/unmerge`, {
      token: tokens.dora,
      body: {},
    });
    expect(noReason.status).toBe(400);
    expect(noReason.headers.get('content-type')).toContain(PROBLEM_JSON);
    const wrongSide = await http.call('POST', `/api/patients/${survivor.body.id}/unmerge`, {
      token: tokens.dora,
      body: { reason: 'Two different people' },
    });
    expect(wrongSide.status).toBe(422);
    expect(wrongSide.body).toMatchObject({ code: 'PATIENT_NOT_MERGED' });

    const undone = await http.call<{ restored: { id: string; mrn: string }; survivor: { id: string } }>(
      'POST',
      `/api/patients/${duplicate.body.id}/unmerge`,
      { token: tokens.dora, body: { reason: 'Two different people' } },
    );
    expect(undone.status).toBe(200);
    expect(undone.body.restored).toMatchObject({ id: duplicate.body.id, mrn: duplicate.body.mrn });
    const reopened = await http.call<{ id: string; mergedFrom?: unknown }>(
      'GET',
      `/api/patients/${duplicate.body.id}`,
      {
        token: tokens.dora,
      },
    );
    expect(reopened.body).toMatchObject({ id: duplicate.body.id });
    expect(reopened.body.mergedFrom).toBeUndefined();
    const audit = await http.call<AuditPage>(
      'GET',
      `/api/audit/records?patientId=${duplicate.body.id}&action=patient.UnmergePatient`,
      { token: tokens.paula },
    );
    expect(audit.body.items.map((r) => [r.outcome, [...r.patientIds].sort()])).toEqual([
      ['success', [duplicate.body.id, survivor.body.id].sort()],
    ]);
  });
});
