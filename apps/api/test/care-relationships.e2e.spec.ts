import { randomUUID } from 'node:crypto';
import { AccountService } from '@hms/core';
import { connectCollabClient, createTestDatabase, waitUntil, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, registration } from './e2e-support';

const PASSWORD = 'care relationships test passphrase';

/** A fixed-offset zone where it is now mid-morning, so today's free slots exist whenever the test runs. */
function morningZone(): string {
  const offset = (((8 - new Date().getUTCHours()) % 24) + 24) % 24;
  const hours = offset > 14 ? offset - 24 : offset;
  return hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

function localDate(zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
}

/**
 * The care-relationship rule over HTTP, as clinicians meet it: a physician and a nurse holding the suggested
 * clinical roles reach a patient's chart only through an appointment today, the ward's team, the admission they
 * attend, a grant, or a stated emergency, which the privacy officer then reviews. Every refusal and every access
 * is in the audit log with its ground.
 */
describe('care relationships and break-the-glass', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let physician: string;
  let nurse: string;
  let desk: string;
  let officer: string;
  const ids: Record<string, string> = {};

  const newPatient = async (familyName: string): Promise<string> => {
    const answer = await http.call<{ id: string }>('POST', '/api/patients', {
      token: admin,
      body: registration({ familyName }),
    });
    expect(answer.status).toBe(201);
    return answer.body.id;
  };
  const chart = (token: string, patientId: string) => http.call('GET', `/api/charts/${patientId}`, { token });
  const auditOf = (actorId: string, patientId: string) =>
    api.kernel.db.query<{ action: string; outcome: string; details: Record<string, unknown> }>(
      `SELECT action, outcome, details FROM core.audit_log WHERE actor_id = $1 AND $2 = ANY(patient_ids) ORDER BY id`,
      [actorId, patientId],
    );

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_care');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    const accounts = new AccountService(api.kernel.db);
    for (const [username, roles] of [
      ['dr.house', ['physician']],
      ['nina.nurse', ['nurse']],
      ['desk', ['front-desk']],
      ['privacy', ['privacy-officer']],
    ] as const) {
      const { id } = await accounts.createAccount({
        username,
        password: PASSWORD,
        displayName: username,
        roles: [...roles],
      });
      ids[username] = id;
    }
    physician = await http.login('dr.house', PASSWORD);
    nurse = await http.login('nina.nurse', PASSWORD);
    desk = await http.login('desk', PASSWORD);
    officer = await http.login('privacy', PASSWORD);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('refuses a clinician with no relationship, offers the emergency access, and audits the refusal', async () => {
    const patientId = await newPatient('Nolink');
    const answer = await chart(physician, patientId);
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({
      code: 'CARE_RELATIONSHIP_REQUIRED',
      details: { patientId, emergencyAccess: true },
    });
    // A write is refused the same way and appends nothing.
    const before = await api.kernel.db.query(`SELECT count(*)::int AS n FROM core.events`);
    const written = await http.call('POST', `/api/charts/${patientId}/observations`, {
      token: nurse,
      body: { code: '8867-4', value: 72, unit: '/min' },
    });
    expect(written.status).toBe(403);
    expect(await api.kernel.db.query(`SELECT count(*)::int AS n FROM core.events`)).toEqual(before);
    expect(await auditOf(ids['dr.house']!, patientId)).toEqual([
      expect.objectContaining({ action: 'ehr.GetChart', outcome: 'denied' }),
    ]);
    // The unrestricted admin still reads it, and the audit says on what ground.
    expect((await chart(admin, patientId)).status).toBe(200);
  });

  it('lets the practitioner of an appointment today read the chart, and no one else through it', async () => {
    // HR hires the doctor with the login account linked: the employee id is the practitioner id of the calendar.
    const practitionerId = randomUUID();
    const hired = await http.call('POST', '/api/staff/employees', {
      token: admin,
      body: {
        employeeId: practitionerId,
        accountId: ids['dr.house'],
        givenName: 'Gregory',
        familyName: 'House',
        workEmail: 'dr.house@hospital.test',
        departmentId: randomUUID(),
        position: 'Consultant physician',
        staffNumber: 'CARE-1',
        firstTerm: {
          from: '2020-01-01',
          to: null,
          type: 'permanent',
          fte: 1,
          fullTimeWeeklyHours: 40,
          payGrade: 'C1',
          annualSalary: { amount: 12_000_000, currency: 'EUR' },
        },
      },
    });
    expect(hired.status).toBe(201);
    const zone = morningZone();
    const schedule = await http.call('PUT', `/api/schedules/${practitionerId}`, {
      token: admin,
      body: {
        timeZone: zone,
        weeklyAvailability: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
          (dayOfWeek) => ({ dayOfWeek, start: '00:00', end: '23:30', location: 'Outpatients, room 3' }),
        ),
        appointmentTypes: [{ code: 'consultation', durationMinutes: 30 }],
      },
    });
    expect(schedule.status).toBe(200);
    const patientId = await newPatient('Booked');
    const today = localDate(zone);
    const slots = await http.call<{ items: { startsAt: string }[] }>(
      'GET',
      `/api/schedules/${practitionerId}/slots?type=consultation&from=${today}&to=${today}&limit=1`,
      { token: desk },
    );
    expect(slots.body.items.length).toBe(1);
    expect((await chart(physician, patientId)).status).toBe(403);
    const booked = await http.call('POST', '/api/appointments', {
      token: desk,
      body: { patientId, practitionerId, type: 'consultation', startsAt: slots.body.items[0]!.startsAt },
    });
    expect(booked.status).toBe(201);
    expect((await chart(physician, patientId)).status).toBe(200);
    expect((await chart(nurse, patientId)).status).toBe(403);
    expect((await auditOf(ids['dr.house']!, patientId)).at(-1)).toMatchObject({
      action: 'ehr.GetChart',
      outcome: 'success',
      details: { access: 'relationship:scheduling.appointment-today' },
    });
  });

  it('refuses a command by note id once its patient is known, writing nothing, and a co-editing connection', async () => {
    const patientId = await newPatient('Noted');
    const note = await http.call<{ id: string }>('POST', '/api/notes', { token: admin, body: { patientId } });
    expect(note.status).toBe(201);
    const before = await api.kernel.db.query(`SELECT count(*)::int AS n FROM core.events`);
    const signed = await http.call('POST', `/api/notes/${note.body.id}/sign`, { token: physician });
    expect(signed.status).toBe(403);
    expect(signed.body).toMatchObject({ code: 'CARE_RELATIONSHIP_REQUIRED', details: { patientId } });
    expect(await api.kernel.db.query(`SELECT count(*)::int AS n FROM core.events`)).toEqual(before);
    const read = await http.call('GET', `/api/notes/${note.body.id}`, { token: nurse });
    expect(read.body).toMatchObject({ code: 'CARE_RELATIONSHIP_REQUIRED' });
    const editor = connectCollabClient(api.url, note.body.id, nurse);
    try {
      await waitUntil('the connection to be refused', () => editor.closes.length > 0);
      expect(editor.provider.synced).toBe(false);
    } finally {
      editor.destroy();
    }
    const [refusal] = await api.kernel.db.query<{ outcome: string }>(
      `SELECT outcome FROM core.audit_log WHERE actor_id = $1 AND action = 'collab.open' ORDER BY id DESC LIMIT 1`,
      [ids['nina.nurse']!],
    );
    expect(refusal).toEqual({ outcome: 'denied' });
  });

  it("gives a ward's team the ward's inpatients until discharge, and the attending their admission", async () => {
    const ward = await http.call<{ id: string }>('POST', '/api/wards', {
      token: admin,
      body: { code: 'CARE1', name: 'Care ward', specialty: 'Internal medicine', beds: ['1'] },
    });
    const board = await http.call<{ beds: { id: string }[] }>('GET', `/api/wards/${ward.body.id}/board`, {
      token: admin,
    });
    const patientId = await newPatient('Inpatient');
    const assigned = await http.call('POST', `/api/wards/${ward.body.id}/staff`, {
      token: admin,
      body: { memberId: ids['nina.nurse'] },
    });
    expect(assigned.status).toBe(201);
    expect((await chart(nurse, patientId)).status).toBe(403); // on the ward's team, but the patient is not there
    // Without the staff plugin (or for someone not on its books), an administrator links the account instead.
    const practitionerId = randomUUID();
    const linked = await http.call('PUT', `/api/admin/accounts/${ids['dr.house']}/practitioner`, {
      token: admin,
      body: { practitionerId },
    });
    expect(linked.status).toBe(200);
    const taken = await http.call('PUT', `/api/admin/accounts/${ids['nina.nurse']}/practitioner`, {
      token: admin,
      body: { practitionerId },
    });
    expect(taken.body).toMatchObject({ status: 409, code: 'PRACTITIONER_ALREADY_LINKED' });
    const admitted = await http.call('POST', '/api/admissions', {
      token: admin,
      body: {
        patientId,
        wardId: ward.body.id,
        bedId: board.body.beds[0]!.id,
        reason: { category: 'emergency' },
        admittingPractitionerId: practitionerId,
      },
    });
    expect(admitted.status).toBe(201);
    expect((await chart(nurse, patientId)).status).toBe(200);
    expect((await chart(physician, patientId)).status).toBe(200);
    expect((await auditOf(ids['nina.nurse']!, patientId)).at(-1)).toMatchObject({
      details: { access: 'relationship:adt.ward-staff' },
    });
    expect((await auditOf(ids['dr.house']!, patientId)).at(-1)).toMatchObject({
      details: { access: 'relationship:adt.attending' },
    });
    const discharged = await http.call('POST', `/api/admissions/${patientId}/discharge`, {
      token: admin,
      body: { disposition: 'home' },
    });
    expect(discharged.status).toBe(200);
    expect((await chart(nurse, patientId)).status).toBe(403);
    expect((await chart(physician, patientId)).status).toBe(403);
  });

  it('lets a grant open one patient to a named colleague until it is revoked', async () => {
    const patientId = await newPatient('Granted');
    const granted = await http.call<{ id: string }>('POST', '/api/access/grants', {
      token: admin,
      body: {
        patientId,
        accountId: ids['nina.nurse'],
        until: new Date(Date.now() + 8 * 3_600_000).toISOString(),
        reason: 'Covering the night shift',
      },
    });
    expect(granted.status).toBe(201);
    expect((await chart(nurse, patientId)).status).toBe(200);
    // A clinician may not hand out what they do not have themselves.
    const passedOn = await http.call('POST', '/api/access/grants', {
      token: physician,
      body: {
        patientId,
        accountId: ids['dr.house'],
        until: new Date(Date.now() + 3_600_000).toISOString(),
        reason: 'Asked for a second opinion',
      },
    });
    expect(passedOn.status).toBe(403);
    const revoked = await http.call('DELETE', `/api/access/grants/${granted.body.id}`, { token: admin });
    expect(revoked.status).toBe(200);
    expect((await chart(nurse, patientId)).status).toBe(403);
  });

  it('opens a record after a stated reason, flags every access, and puts it before the privacy officer', async () => {
    const patientId = await newPatient('Emergency');
    const noReason = await http.call('POST', '/api/access/emergency', {
      token: physician,
      body: { patientId, reason: 'x' },
    });
    expect(noReason.status).toBe(400);
    const fromDesk = await http.call('POST', '/api/access/emergency', {
      token: desk,
      body: { patientId, reason: 'Wants to see the chart' },
    });
    expect(fromDesk.status).toBe(403);
    const opened = await http.call<{ id: string; endsAt: string }>('POST', '/api/access/emergency', {
      token: physician,
      body: { patientId, reason: 'Unconscious on arrival, no one else available' },
    });
    expect(opened.status).toBe(201);
    expect(Date.parse(opened.body.endsAt) - Date.now()).toBeGreaterThan(55 * 60_000);
    expect((await chart(physician, patientId)).status).toBe(200);
    expect(await auditOf(ids['dr.house']!, patientId)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'core.BreakTheGlass',
          details: expect.objectContaining({ access: 'break-glass' }),
        }),
        expect.objectContaining({ action: 'ehr.GetChart', outcome: 'success', details: { access: 'break-glass' } }),
      ]),
    );
    // On the patient's record for the next clinician, without the reason; with it for the privacy officer.
    const onRecord = await http.call<{ items: { by: string; reason: string }[] }>(
      'GET',
      `/api/access/emergency?patientId=${patientId}`,
      { token: nurse },
    );
    expect(onRecord.body.items).toEqual([expect.objectContaining({ by: 'dr.house', reason: '' })]);
    const queue = await http.call<{ items: { id: string; reason: string }[] }>('GET', '/api/access/emergency/review', {
      token: officer,
    });
    expect(queue.body.items).toEqual([
      expect.objectContaining({ id: opened.body.id, reason: 'Unconscious on arrival, no one else available' }),
    ]);
    expect((await http.call('GET', '/api/access/emergency/review', { token: physician })).status).toBe(403);
    const reviewed = await http.call('POST', `/api/access/emergency/${opened.body.id}/review`, {
      token: officer,
      body: { finding: 'justified', note: 'Resuscitation bay, confirmed with the charge nurse' },
    });
    expect(reviewed.status).toBe(200);
    const again = await http.call('POST', `/api/access/emergency/${opened.body.id}/review`, {
      token: officer,
      body: { finding: 'not-justified' },
    });
    expect(again.status).toBe(409);
    expect(
      (await http.call<{ items: unknown[] }>('GET', '/api/access/emergency/review', { token: officer })).body.items,
    ).toEqual([]);
    const csv = await http.call('GET', '/api/access/emergency/report.csv', { token: officer });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain('Unconscious on arrival');
    expect(csv.text).toContain('justified');
  });

  it('hides clinical entries of the timeline from a clinician out of reach, and shows them to one in reach', async () => {
    const patientId = await newPatient('Timeline');
    const recorded = await http.call('POST', `/api/charts/${patientId}/problems`, {
      token: admin,
      body: { code: 'E11.9', onset: '2020-01-01' },
    });
    expect(recorded.status).toBe(201);
    await api.kernel.asyncProjector.catchUp();
    const problemsOn = async (token: string) => {
      const timeline = await http.call<{ entries: { type: string }[] }>('GET', `/api/patients/${patientId}/timeline`, {
        token,
      });
      return timeline.body.entries.filter((entry) => entry.type.includes('Problem')).length;
    };
    expect(await problemsOn(physician)).toBe(0);
    await http.call('POST', '/api/access/emergency', {
      token: physician,
      body: { patientId, reason: 'Called to the patient by the rapid response team' },
    });
    expect(await problemsOn(physician)).toBe(1);
  });
});

describe('the role-only policy', () => {
  let database: TestDatabase;
  let api: RunningApi;

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_care_role');
    api = await startTestApi(database.url, { HMS_ACCESS_POLICY: 'role' });
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('lets a clinical role reach every chart, as before care relationships, and says so in the audit', async () => {
    const http = new HttpClient(api.url);
    const admin = await http.login('admin', ADMIN_PASSWORD);
    const accounts = new AccountService(api.kernel.db);
    const { id } = await accounts.createAccount({
      username: 'dr.any',
      password: PASSWORD,
      displayName: 'Dr Any',
      roles: ['physician'],
    });
    const patient = await http.call<{ id: string }>('POST', '/api/patients', { token: admin, body: registration() });
    const physician = await http.login('dr.any', PASSWORD);
    expect((await http.call('GET', `/api/charts/${patient.body.id}`, { token: physician })).status).toBe(200);
    const [record] = await api.kernel.db.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM core.audit_log WHERE actor_id = $1 AND action = 'ehr.GetChart'`,
      [id],
    );
    expect(record?.details).toEqual({ access: 'role-policy' });
    expect((await http.call('GET', '/api/access/policy', { token: physician })).body).toEqual({
      policy: 'role',
      emergencyAccessMinutes: 60,
    });
  });
});
