import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { verifyAuditCheckpoints, verifyAuditLog } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient } from './e2e-support';

/** What 1.x's API answered about the fixture's data (see fixtures/README.md), by route. */
interface Recorded {
  readonly ids: {
    readonly patients: Record<'ana' | 'bruno' | 'carla' | 'duarte' | 'anaAgain', string>;
    readonly practitioners: readonly string[];
    readonly appointments: Record<'completed' | 'checkedIn' | 'cancelled' | 'booked', string>;
    readonly wards: Record<'medicine' | 'cardiology', string>;
    readonly beds: Record<'bed1' | 'bed2' | 'bed3' | 'extraBed', string>;
  };
  readonly reads: Record<string, unknown>;
}

const FIXTURES = path.join(__dirname, 'fixtures');
const recorded: Recorded = JSON.parse(readFileSync(path.join(FIXTURES, 'upgrade-from-1.x.json'), 'utf8'));

/**
 * An installation of 1.x (one patient plugin holding scheduling and admissions) upgrades in place: its dump is
 * restored, today's kernel boots on it with patient, staff, scheduling, adt, ehr, analytics and inventory, the read
 * models answer as 1.x did, commands continue the old streams, the practitioners are brought into staff under their
 * ids, and the audit chains still verify.
 */
describe('upgrading a 1.x database in place', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_upgrade');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(readFileSync(path.join(FIXTURES, 'upgrade-from-1.x.sql'), 'utf8'));
    } finally {
      await client.end();
    }
    api = await startTestApi(database.url, { HMS_PLUGINS: 'all' });
    await api.kernel.asyncProjector.catchUp();
    http = new HttpClient(api.url);
    token = await http.login('admin', ADMIN_PASSWORD);
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('boots every plugin and moves the read models out of the patient schema', async () => {
    expect((await http.call('GET', '/health')).body.plugins).toEqual([
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
    ]);
    const [tables] = await api.kernel.db.query<Record<string, string | null>>(
      `SELECT to_regclass('patient.appointments')::text AS old_appointments, to_regclass('patient.wards')::text AS old_wards,
              to_regclass('scheduling.appointments')::text AS appointments, to_regclass('adt.ward_beds')::text AS beds`,
    );
    expect(tables).toEqual({
      old_appointments: null,
      old_wards: null,
      appointments: 'scheduling.appointments',
      beds: 'adt.ward_beds',
    });
  });

  it('answers every recorded read (patients, timelines, appointments, schedules, waitlist, wards, boards, census) as 1.x did', async () => {
    for (const [route, before] of Object.entries(recorded.reads)) {
      const answer = await http.call('GET', route, { token });
      expect({ route, status: answer.status, body: answer.body }).toEqual({ route, status: 200, body: before });
    }
  });

  it('gives the same appointments, beds and stays when their read models are rebuilt from the stored events', async () => {
    for (const name of [
      'scheduling.appointments',
      'scheduling.waitlist',
      'adt.bed-board',
      'adt.admissions',
      'adt.patient-names',
    ]) {
      await api.kernel.rebuildProjection(name);
    }
    for (const route of Object.keys(recorded.reads).filter((r) => /^\/api\/(appointments|wards|census)/.test(r))) {
      expect({ route, body: (await http.call('GET', route, { token })).body }).toEqual({
        route,
        body: recorded.reads[route],
      });
    }
  });

  it('continues the old streams: reschedules a 1.x appointment, books beside it, discharges a 1.x stay', async () => {
    const { appointments, patients, practitioners, wards } = recorded.ids;
    const moved = await http.call('POST', `/api/appointments/${appointments.booked}/reschedule`, {
      token,
      body: { startsAt: '2031-03-04T11:20:00.000Z' },
    });
    expect(moved).toMatchObject({
      status: 200,
      body: { id: appointments.booked, startsAt: '2031-03-04T11:20:00.000Z', version: 2 },
    });
    // The old slot on the practitioner's 1.x day stream is free again; the moved one is taken.
    const booked = await http.call('POST', '/api/appointments', {
      token,
      body: {
        patientId: patients.bruno,
        practitionerId: practitioners[1],
        type: 'consultation',
        startsAt: '2031-03-04T11:00:00.000Z',
      },
    });
    expect(booked.status).toBe(201);
    const clash = await http.call('POST', '/api/appointments', {
      token,
      body: {
        patientId: patients.carla,
        practitionerId: practitioners[1],
        type: 'consultation',
        startsAt: '2031-03-04T11:20:00.000Z',
      },
    });
    expect(clash.body).toMatchObject({ code: 'SLOT_TAKEN' });
    const completedAgain = await http.call('POST', `/api/appointments/${appointments.completed}/check-in`, {
      token,
      body: {},
    });
    expect(completedAgain.status).toBe(409);

    const discharged = await http.call('POST', `/api/admissions/${patients.ana}/discharge`, {
      token,
      body: { disposition: 'home' },
    });
    expect(discharged).toMatchObject({ status: 200, body: { patientId: patients.ana, status: 'discharged' } });
    const census = await http.call<{ items: unknown[] }>('GET', '/api/census', { token });
    expect(census.body.items).toEqual([]);
    const board = await http.call<{ beds: { id: string; status: string }[] }>(
      'GET',
      `/api/wards/${wards.cardiology}/board`,
      { token },
    );
    expect(board.body.beds.map((b) => b.status)).toEqual(['vacant', 'vacant']);
    // The merged-away 1.x record cannot be booked: the patient plugin answers for it.
    const merged = await http.call('POST', '/api/appointments', {
      token,
      body: {
        patientId: patients.anaAgain,
        practitionerId: practitioners[0],
        type: 'consultation',
        startsAt: '2031-03-05T09:00:00.000Z',
      },
    });
    expect(merged.body).toMatchObject({ code: 'PATIENT_NOT_FOUND' });
  });

  it('brings 1.x practitioners into staff under the ids their schedules already have, over HTTP', async () => {
    const [first] = recorded.ids.practitioners;
    type Listed = { items: { practitionerId: string; practitioner?: { name: string; position: string } }[] };
    const listed = async () =>
      (await http.call<Listed>('GET', '/api/schedules', { token })).body.items.find((s) => s.practitionerId === first);
    const slotsOn = async (date: string) =>
      (
        await http.call<{ items: unknown[] }>(
          'GET',
          `/api/schedules/${first}/slots?type=consultation&from=${date}&to=${date}`,
          { token },
        )
      ).body.items;
    // Staff does not know the 1.x id yet: the calendar is listed by id and keeps offering slots.
    expect((await listed())?.practitioner).toBeUndefined();
    expect((await slotsOn('2031-03-05')).length).toBeGreaterThan(0);

    const term = {
      from: '2020-01-01',
      to: null,
      type: 'permanent',
      fte: 1,
      fullTimeWeeklyHours: 40,
      payGrade: 'C1',
      annualSalary: { amount: 9_000_000, currency: 'EUR' },
    };
    const person = {
      givenName: 'Fixture',
      familyName: 'Doctor',
      workEmail: 'fixture.doctor@hospital.test',
      departmentId: '0d000000-0000-4000-8000-000000000001',
      position: 'Consultant physician',
      staffNumber: 'UPG-1',
      firstTerm: term,
    };
    const bad = await http.call('POST', '/api/staff/employees', {
      token,
      body: { ...person, employeeId: 'not-an-id' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const hired = await http.call('POST', '/api/staff/employees', { token, body: { ...person, employeeId: first } });
    expect(hired).toMatchObject({ status: 201, body: { id: first } });
    expect((await listed())?.practitioner).toMatchObject({ name: 'Fixture Doctor', position: 'Consultant physician' });

    // From now on their approved leave empties their calendar for those days.
    const leave = await http.call<{ id: string }>('POST', `/api/staff/employees/${first}/leave`, {
      token,
      body: { type: 'unpaid', from: '2031-03-05', to: '2031-03-05', days: 1 },
    });
    expect(leave.status).toBe(201);
    const approved = await http.call('POST', `/api/staff/employees/${first}/leave/${leave.body.id}/approve`, {
      token,
      body: {},
    });
    expect(approved.status).toBe(200);
    expect(await slotsOn('2031-03-05')).toEqual([]);
  });

  it('keeps the audit chains and their checkpoints intact', async () => {
    const [log, checkpoints] = await Promise.all([
      verifyAuditLog(api.kernel.db),
      verifyAuditCheckpoints(api.kernel.db),
    ]);
    expect(log).toMatchObject({ ok: true });
    expect(log.checked).toBeGreaterThan(50);
    expect(checkpoints).toMatchObject({ ok: true });
  });
});
