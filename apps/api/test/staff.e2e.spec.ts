import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON } from './e2e-support';

const WARD = '0d000000-0000-4000-8000-0000000000e2';
const term = {
  from: '2020-01-01',
  to: null,
  type: 'permanent',
  fte: 1,
  fullTimeWeeklyHours: 37.5,
  payGrade: 'N5',
  annualSalary: { amount: 3_900_000, currency: 'EUR' },
};

/**
 * Staff over HTTP with every installed plugin: refusals are problem+json and change nothing, a roster edited by
 * hand is checked through a POST that saves nothing, and a payslip comes back as a PDF.
 */
describe('the staff plugin over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let token: string;
  let nurse: string;

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_staff');
    api = await startTestApi(database.url, { HMS_PLUGINS: 'all' });
    http = new HttpClient(api.url);
    token = await http.login('admin', ADMIN_PASSWORD);
    const hired = await http.call<{ id: string }>('POST', '/api/staff/employees', {
      token,
      body: {
        givenName: 'Http',
        familyName: 'Nurse',
        workEmail: 'http.nurse@hospital.test',
        departmentId: WARD,
        position: 'Staff nurse',
        staffNumber: 'E2E-1',
        firstTerm: term,
      },
    });
    expect(hired.status).toBe(201);
    nurse = hired.body.id;
  });
  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('answers bad input and broken rules with problem+json, and writes nothing', async () => {
    const bad = await http.call('POST', `/api/staff/employees/${nurse}/leave`, {
      token,
      body: { type: 'holiday', from: '2031-01-10', to: '2031-01-01', days: -1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain(PROBLEM_JSON);
    const tooMuch = await http.call('POST', `/api/staff/employees/${nurse}/leave`, {
      token,
      body: { type: 'annual', from: '2031-01-05', to: '2031-03-05', days: 45 },
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body).toMatchObject({ code: 'INSUFFICIENT_LEAVE_BALANCE' });
    const leave = await http.call<{ requests: unknown[] }>('GET', `/api/staff/employees/${nurse}/leave`, { token });
    expect(leave.body.requests).toEqual([]);
  });

  it('checks a hand-made roster through POST without saving it', async () => {
    const shifts = await http.call('PUT', `/api/staff/wards/${WARD}/shifts`, {
      token,
      body: {
        timeZone: 'Europe/Lisbon',
        shiftTypes: [
          { code: 'E', start: '07:00', end: '15:00', unpaidBreakMinutes: 30, requirements: [{ skill: 'rn', min: 1 }] },
        ],
      },
    });
    expect(shifts.status).toBe(200);
    const check = await http.call<{ breaches: { rule: string; employeeId?: string }[] }>(
      'POST',
      `/api/staff/wards/${WARD}/roster-check`,
      {
        token,
        body: {
          from: '2031-03-03',
          to: '2031-03-03',
          assignments: [{ wardId: WARD, shiftCode: 'E', date: '2031-03-03', employeeId: nurse, skill: 'rn' }],
        },
      },
    );
    expect(check.status).toBe(200);
    // No licence covers rn: the nurse may not be rostered for it.
    expect(check.body.breaches).toContainEqual(expect.objectContaining({ rule: 'skill', employeeId: nurse }));
    const rosters = await http.call<{ items: unknown[] }>(
      'GET',
      `/api/staff/rosters?wardId=${WARD}&from=2031-03-03&to=2031-03-03`,
      { token },
    );
    expect(rosters.body.items).toEqual([]);
  });

  it('runs a pay run in the background, shows its progress, and serves a payslip as a PDF', async () => {
    const group = await http.call('PUT', '/api/staff/pay-groups/monthly-eur', {
      token,
      body: { policy: { currency: 'EUR', overtimeMultiplier: 1.5, rules: [] } },
    });
    expect(group.status).toBe(200);
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const run = await http.call('POST', '/api/staff/pay-runs', { token, body: { payGroup: 'monthly-eur', period } });
    expect(run.status).toBe(202);
    const path = `/api/staff/pay-runs/monthly-eur/${period.from}/${period.to}`;
    // Polled as the payroll screen does, until the run has completed (or 10 s have passed).
    const seen: { progress: { status: string; percent: number } | null } = { progress: null };
    for (let tries = 0; tries < 200 && seen.progress?.status !== 'completed'; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen.progress = (await http.call<typeof seen>('GET', path, { token })).body.progress;
    }
    expect(seen.progress).toMatchObject({ status: 'completed', percent: 100 });
    const pdf = await http.call(
      'GET',
      `/api/staff/pay-runs/monthly-eur/${period.from}/${period.to}/payslips/${nurse}?format=pdf`,
      { token },
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
  });

  it('names practitioners for the web client, keeps payslips to their owner, and refuses bad input on the new routes', async () => {
    const named = await http.call<{ items: { id: string; name: string; position: string }[] }>(
      'GET',
      `/api/staff/directory/practitioners?ids=${nurse}`,
      { token },
    );
    expect(named.status).toBe(200);
    expect(named.body.items).toEqual([
      expect.objectContaining({ id: nurse, name: 'Http Nurse', position: 'Staff nurse' }),
    ]);
    const notAnId = await http.call('GET', '/api/staff/directory/practitioners?ids=not-an-id', { token });
    expect(notAnId.status).toBe(400);
    expect(notAnId.headers.get('content-type')).toContain(PROBLEM_JSON);

    // The administrator holds every permission, yet the nurse's payslips are the nurse's alone.
    const theirs = await http.call('GET', `/api/staff/employees/${nurse}/payslips`, { token });
    expect(theirs.status).toBe(403);
    expect(theirs.headers.get('content-type')).toContain(PROBLEM_JSON);
    expect(theirs.body).toMatchObject({ code: 'NOT_OWN_RECORD' });

    const backwards = await http.call('GET', `/api/staff/wards/${WARD}/attendance?from=2031-01-10&to=2031-01-01`, {
      token,
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body).toMatchObject({ code: 'DATES_OUT_OF_ORDER' });
    const comment = await http.call('PUT', `/api/staff/reviews/${nurse}/comment`, {
      token,
      body: { party: 'someone', text: '' },
    });
    expect(comment.status).toBe(400);
    expect(comment.headers.get('content-type')).toContain(PROBLEM_JSON);
  });
});
