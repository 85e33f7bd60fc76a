import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, registration } from './e2e-support';

/** A Monday far enough ahead to stay bookable (Lisbon, 09:00 local is 09:00 UTC in winter). */
const MONDAY = '2031-03-03';

/**
 * Scheduling and admissions (adt) are plugins of their own on top of patient: a clinic enables patient+scheduling,
 * a hospital without outpatients patient+adt. Each set boots on a fresh database, serves every route of its
 * plugins, answers 404 problem+json on the other plugin's paths and never creates the other's schema.
 */
describe('choosing patient with scheduling or with adt (HMS_PLUGINS)', () => {
  let database: TestDatabase;
  let api: RunningApi | undefined;
  let http: HttpClient;
  let token: string;

  const start = async (plugins: string): Promise<RunningApi> => {
    database = await createTestDatabase('hms_e2e_plugin_sets');
    api = await startTestApi(database.url, { HMS_PLUGINS: plugins });
    http = new HttpClient(api.url);
    token = await http.login('admin', ADMIN_PASSWORD);
    return api;
  };
  const schemas = async (running: RunningApi): Promise<string[]> =>
    (
      await running.kernel.db.query<{ name: string }>('SELECT schema_name AS name FROM information_schema.schemata')
    ).map((r) => r.name);
  const register = async (familyName: string): Promise<string> => {
    const answer = await http.call<{ id: string }>('POST', '/api/patients', {
      token,
      body: registration({ familyName }),
    });
    expect(answer.status).toBe(201);
    return answer.body.id;
  };
  const expectNotServed = async (method: string, path: string, body?: unknown): Promise<void> => {
    const answer = await http.call(method, path, { token, body });
    expect({ path, status: answer.status }).toEqual({ path, status: 404 });
    expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
  };

  afterEach(async () => {
    const running = api;
    api = undefined;
    await running?.stop();
    await database?.drop();
  });

  it('a clinic (patient,scheduling) books, checks in and lists appointments, with no ward routes or tables', async () => {
    const running = await start('patient,scheduling');
    expect((await http.call('GET', '/health')).body.plugins).toEqual(['patient@1.4.0', 'scheduling@1.4.0']);
    const patientId = await register('Clinicvisit');
    const practitionerId = randomUUID();
    const schedule = await http.call('PUT', `/api/schedules/${practitionerId}`, {
      token,
      body: {
        timeZone: 'Europe/Lisbon',
        weeklyAvailability: [{ dayOfWeek: 'monday', start: '09:00', end: '12:00', location: 'Room 1' }],
        appointmentTypes: [{ code: 'consultation', durationMinutes: 20 }],
      },
    });
    expect(schedule.status).toBe(200);
    const slots = await http.call<{ items: { startsAt: string }[] }>(
      'GET',
      `/api/schedules/${practitionerId}/slots?type=consultation&from=${MONDAY}&to=${MONDAY}`,
      { token },
    );
    expect(slots.status).toBe(200);
    expect(slots.body.items[0]?.startsAt).toBe(`${MONDAY}T09:00:00.000Z`);
    const booked = await http.call<{ id: string; status: string }>('POST', '/api/appointments', {
      token,
      body: { patientId, practitionerId, type: 'consultation', startsAt: `${MONDAY}T09:00:00.000Z` },
    });
    expect(booked.status).toBe(201);
    const checkedIn = await http.call<{ status: string }>('POST', `/api/appointments/${booked.body.id}/check-in`, {
      token,
      body: {},
    });
    expect(checkedIn.body.status).toBe('checked-in');
    const waitlist = await http.call('POST', '/api/appointments/waitlist', {
      token,
      body: { patientId, practitionerId, type: 'consultation', earliest: MONDAY, latest: '2031-03-31' },
    });
    expect(waitlist.status).toBe(201);
    const listed = await http.call<{ items: { id: string }[] }>(
      'GET',
      `/api/appointments?patientId=${patientId}&from=${MONDAY}T00:00:00.000Z&to=${MONDAY}T23:59:00.000Z`,
      { token },
    );
    expect(listed.body.items.map((a) => a.id)).toEqual([booked.body.id]);
    // The schedule directory is an async projection: it lists the schedule a moment after the write.
    expect(
      await eventually(
        async () => (await http.call<{ items: unknown[] }>('GET', '/api/schedules', { token })).body.items,
        (items) => items.length > 0,
      ),
    ).toHaveLength(1);
    // An unknown patient is refused by asking the patient plugin (its published ResolvePatient).
    const stranger = await http.call('POST', '/api/appointments', {
      token,
      body: { patientId: randomUUID(), practitionerId, type: 'consultation', startsAt: `${MONDAY}T09:20:00.000Z` },
    });
    expect(stranger.status).toBe(404);
    expect(stranger.body).toMatchObject({ code: 'PATIENT_NOT_FOUND' });

    await expectNotServed('GET', '/api/wards');
    await expectNotServed('GET', '/api/census');
    await expectNotServed('POST', '/api/admissions', {
      patientId,
      wardId: randomUUID(),
      bedId: randomUUID(),
      reason: { category: 'elective' },
    });
    const paths = Object.keys((await http.call('GET', '/api/openapi.json')).body.paths);
    expect(paths.filter((p) => /^\/api\/(wards|admissions|census)/.test(p))).toEqual([]);
    expect(await schemas(running)).toEqual(expect.arrayContaining(['patient', 'scheduling']));
    expect(await schemas(running)).not.toContain('adt');
  }, 90_000);

  it('a hospital without outpatients (patient,adt) admits, transfers and discharges, with no appointment routes or tables', async () => {
    const running = await start('patient,adt');
    expect((await http.call('GET', '/health')).body.plugins).toEqual(['patient@1.4.0', 'adt@1.5.0']);
    const patientId = await register('Wardstay');
    const ward = await http.call<{ id: string; beds: { id: string }[] }>('POST', '/api/wards', {
      token,
      body: { code: 'MED1', name: 'Medicine 1', specialty: 'Internal medicine', beds: ['1', '2'] },
    });
    expect(ward.status).toBe(201);
    const [first, second] = ward.body.beds;
    const admitted = await http.call('POST', '/api/admissions', {
      token,
      body: { patientId, wardId: ward.body.id, bedId: first!.id, reason: { category: 'emergency' } },
    });
    expect(admitted.status).toBe(201);
    const board = await http.call<{ beds: { occupant?: { patientId: string; familyName: string } }[] }>(
      'GET',
      `/api/wards/${ward.body.id}/board`,
      { token },
    );
    // The name comes from adt's own read model of the patient plugin's events, right after the admission.
    expect(board.body.beds[0]?.occupant).toMatchObject({ patientId, familyName: 'Wardstay' });
    const moved = await http.call('POST', `/api/admissions/${patientId}/transfer`, {
      token,
      body: { toWardId: ward.body.id, toBedId: second!.id, reason: { category: 'bed-management' } },
    });
    expect(moved.status).toBe(200);
    expect(
      (await http.call<{ items: { bedId: string }[] }>('GET', '/api/census', { token })).body.items.map((e) => e.bedId),
    ).toEqual([second!.id]);
    const discharged = await http.call<{ status: string }>('POST', `/api/admissions/${patientId}/discharge`, {
      token,
      body: { disposition: 'home' },
    });
    expect(discharged.body.status).toBe('discharged');
    const unknown = await http.call('POST', '/api/admissions', {
      token,
      body: { patientId: randomUUID(), wardId: ward.body.id, bedId: first!.id, reason: { category: 'elective' } },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'PATIENT_NOT_FOUND' });

    await expectNotServed('GET', `/api/schedules`);
    await expectNotServed('POST', '/api/appointments', {
      patientId,
      practitionerId: randomUUID(),
      type: 'consultation',
      startsAt: `${MONDAY}T09:00:00.000Z`,
    });
    await expectNotServed('GET', '/api/appointments/waitlist');
    const paths = Object.keys((await http.call('GET', '/api/openapi.json')).body.paths);
    expect(paths.filter((p) => /^\/api\/(appointments|schedules)/.test(p))).toEqual([]);
    expect(await schemas(running)).toEqual(expect.arrayContaining(['patient', 'adt']));
    expect(await schemas(running)).not.toContain('scheduling');
  }, 90_000);
});

/** Asks until the answer passes `done` (an eventually consistent read), or gives the last answer after 10 s. */
async function eventually<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  let answer = await ask();
  while (!done(answer) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer = await ask();
  }
  return answer;
}
