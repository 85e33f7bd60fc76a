import type { DataOf, RecordedEvent } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { distinctBirthDate, registration } from '../test/builders';
import { RegisterPatient, UpdatePatientDemographics } from './contracts/commands';
import { GetPatient, SearchPatients, type PatientPage, type PatientView } from './contracts/queries';
import { isValidMrn } from './domain/mrn/mrn';
import { patientStream } from './domain/patient/patient.stream';
import { patientPlugin } from './plugin';
import { patientDirectoryProjection } from './projections/patient-directory.projection';

const NOW = '2026-03-01T09:00:00.000Z';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('patient plugin on the real kernel', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin], now: NOW });
  });
  afterAll(async () => {
    await kernel?.close();
  });

  const register = async (
    overrides: Parameters<typeof registration>[0] = {},
    commandId?: string,
  ): Promise<PatientView> =>
    await kernel.execute(
      RegisterPatient,
      registration({ birthDate: distinctBirthDate(), ...overrides }),
      commandId ? { commandId } : undefined,
    );
  const get = async (id: string): Promise<PatientView> => await kernel.ask(GetPatient, { id });
  const search = async (params: DataOf<typeof SearchPatients>): Promise<PatientPage> =>
    await kernel.ask(SearchPatients, params);
  const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
    promise.then(
      () => undefined,
      (error: unknown) => error,
    );
  const familyNames = (page: PatientPage): string[] => page.items.map((p) => p.familyName);

  describe('RegisterPatient', () => {
    it('registers a patient with a new id, a valid MRN and version 1', async () => {
      const patient = await register({
        givenName: 'Inês',
        familyName: 'Registo',
        birthDate: '1990-04-12',
        phone: '+351 21 000 0000',
      });
      expect(patient).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        mrn: expect.stringMatching(/^\d{9}$/),
        givenName: 'Inês',
        familyName: 'Registo',
        birthDate: '1990-04-12',
        gender: 'female',
        phone: '+351 21 000 0000',
        version: 1,
        registeredAt: NOW,
        updatedAt: NOW,
      });
      expect(isValidMrn(patient.mrn)).toBe(true);
      const events = await kernel.readStream(patientStream(patient.id));
      expect(events.map((e) => [e.type, e.streamVersion])).toEqual([['patient.PatientRegistered', 1]]);
    });

    it('gives every patient a different MRN', async () => {
      const patients = await Promise.all([1, 2, 3, 4, 5].map((n) => register({ familyName: `Distinct${n}` })));
      expect(new Set(patients.map((p) => p.mrn)).size).toBe(5);
    });

    it('answers a retried command id with the first patient and appends nothing twice', async () => {
      const commandId = '5d0c8f7e-1a2b-4c3d-9e4f-5a6b7c8d9e0f';
      const first = await register({ familyName: 'Retried', birthDate: '1970-01-01' }, commandId);
      const retried = await register({ familyName: 'Retried', birthDate: '1970-01-01' }, commandId);
      expect(retried).toEqual(first);
      expect((await search({ q: 'retried' })).total).toBe(1);
      expect(await kernel.readStream(patientStream(first.id))).toHaveLength(1);
    });

    it('refuses a birth date in the future and unknown fields, changing nothing', async () => {
      expect(await rejection(register({ familyName: 'Future', birthDate: '2026-03-05' }))).toMatchObject({
        code: 'BIRTH_DATE_IN_FUTURE',
        status: 422,
      });
      const withExtra = { ...registration({ familyName: 'Extra' }), nickname: 'x' } as ReturnType<typeof registration>;
      expect(await rejection(kernel.execute(RegisterPatient, withExtra))).toMatchObject({ status: 400 });
      expect((await search({ q: 'future' })).total + (await search({ q: 'extra' })).total).toBe(0);
    });

    it('needs the register permission', async () => {
      const refused = kernel.execute(RegisterPatient, registration(), {
        permissions: ['patient:record:read'],
      });
      expect(await rejection(refused)).toMatchObject({ status: 403 });
    });
  });

  describe('GetPatient', () => {
    it('returns the view with its version', async () => {
      const patient = await register({ familyName: 'Lookup' });
      expect(await get(patient.id)).toEqual(patient);
    });

    it('answers PATIENT_NOT_FOUND for an unknown id', async () => {
      expect(await rejection(get(UNKNOWN_ID))).toMatchObject({ code: 'PATIENT_NOT_FOUND', status: 404 });
    });
  });

  describe('SearchPatients', () => {
    let ana: PatientView;
    let joao: PatientView;

    beforeAll(async () => {
      ana = await register({ givenName: 'Ana', familyName: 'Ólafsdóttir-Search', birthDate: '1971-07-07' });
      joao = await register({ givenName: 'João', familyName: 'de la Search', birthDate: '1971-07-07' });
      await register({ givenName: 'Zed', familyName: 'Searchlight', birthDate: '1985-01-01' });
    });

    it('finds by name prefix, case- and accent-insensitively, ordered by family then given name', async () => {
      expect(familyNames(await search({ q: 'OLAFS' }))).toEqual(['Ólafsdóttir-Search']);
      expect(familyNames(await search({ q: 'joao' }))).toEqual(['de la Search']);
      expect(familyNames(await search({ q: 'searchl' }))).toEqual(['Searchlight']);
      expect(familyNames(await search({ q: 'de la search' }))).toEqual(['de la Search']);
    });

    it('needs every word to match, in either order of family and given name', async () => {
      expect(familyNames(await search({ q: 'ana olafsdottir' }))).toEqual(['Ólafsdóttir-Search']);
      expect(familyNames(await search({ q: 'olafsdottir ana' }))).toEqual(['Ólafsdóttir-Search']);
      expect(familyNames(await search({ q: 'ana searchlight' }))).toEqual([]);
    });

    it('finds by MRN, as q or as mrn', async () => {
      expect((await search({ q: ana.mrn })).items.map((p) => p.id)).toEqual([ana.id]);
      expect((await search({ mrn: joao.mrn })).items.map((p) => p.id)).toEqual([joao.id]);
    });

    it('finds by birth date, as q or as birthDate, combined with a name', async () => {
      expect(familyNames(await search({ q: '1971-07-07' }))).toEqual(['de la Search', 'Ólafsdóttir-Search']);
      expect(familyNames(await search({ birthDate: '1971-07-07', q: 'joão' }))).toEqual(['de la Search']);
    });

    it('pages with limit and offset and tells the total', async () => {
      for (const familyName of ['Pageman', 'Pageant', 'Pagedale']) await register({ familyName });
      const first = await search({ q: 'page', limit: 2 });
      const second = await search({ q: 'page', limit: 2, offset: 2 });
      expect(first).toMatchObject({ total: 3, limit: 2, offset: 0 });
      expect(second).toMatchObject({ total: 3, limit: 2, offset: 2 });
      expect([...familyNames(first), ...familyNames(second)]).toEqual(['Pageant', 'Pagedale', 'Pageman']);
      expect(await search({})).toMatchObject({ limit: 20, offset: 0 });
    });
  });

  describe('UpdatePatientDemographics', () => {
    it('applies the change, bumps the version and records only what changed', async () => {
      const patient = await register({ familyName: 'Before', phone: '+351 21 000 0000' });
      const updated = await kernel.execute(UpdatePatientDemographics, {
        patientId: patient.id,
        expectedVersion: 1,
        familyName: 'After',
        givenName: patient.givenName,
        phone: null,
      });
      expect(updated).toMatchObject({ familyName: 'After', version: 2, registeredAt: NOW });
      expect(updated.phone).toBeUndefined();
      expect(await get(patient.id)).toEqual(updated);
      const events = await kernel.readStream(patientStream(patient.id));
      expect(events[1]?.data).toEqual({
        patientId: patient.id,
        changes: { familyName: 'After', phone: null },
        updatedAt: NOW,
      });
      expect(familyNames(await search({ q: 'after' }))).toEqual(['After']);
    });

    it('appends nothing when nothing changes', async () => {
      const patient = await register({ familyName: 'Unchanged' });
      const same = await kernel.execute(UpdatePatientDemographics, {
        patientId: patient.id,
        familyName: 'Unchanged',
      });
      expect(same).toEqual(patient);
      expect(await kernel.readStream(patientStream(patient.id))).toHaveLength(1);
    });

    it('refuses a stale expected version with VERSION_CONFLICT', async () => {
      const patient = await register({ familyName: 'Contested' });
      await kernel.execute(UpdatePatientDemographics, {
        patientId: patient.id,
        expectedVersion: 1,
        givenName: 'First',
      });
      const stale = kernel.execute(UpdatePatientDemographics, {
        patientId: patient.id,
        expectedVersion: 1,
        givenName: 'Second',
      });
      expect(await rejection(stale)).toMatchObject({ code: 'VERSION_CONFLICT', status: 409 });
      expect((await get(patient.id)).givenName).toBe('First');
    });

    it('answers PATIENT_NOT_FOUND for an unknown patient, with or without If-Match', async () => {
      for (const expectedVersion of [undefined, 1]) {
        const update = kernel.execute(UpdatePatientDemographics, {
          patientId: UNKNOWN_ID,
          expectedVersion,
          familyName: 'X',
        });
        expect(await rejection(update)).toMatchObject({ code: 'PATIENT_NOT_FOUND', status: 404 });
      }
    });
  });

  describe('patient.directory projection', () => {
    it('rebuilds the same rows when replayed from zero, and ignores an event replayed twice', async () => {
      const patient = await register({ familyName: 'Replayed', email: 'replayed@example.org' });
      await kernel.execute(UpdatePatientDemographics, {
        patientId: patient.id,
        familyName: 'Replayed-Again',
        email: null,
      });
      const before = await get(patient.id);
      const events: RecordedEvent[] = await kernel.readStream(patientStream(patient.id));

      await kernel.sql.query('DELETE FROM patient.directory WHERE id = $1', [patient.id]);
      for (const event of [...events, ...events]) await patientDirectoryProjection.evolve(event, kernel.sql);

      expect(await get(patient.id)).toEqual(before);
    });
  });
});
