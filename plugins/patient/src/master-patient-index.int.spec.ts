import type { DataOf } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { distinctBirthDate, registration } from '../test/builders';
import { COVERAGE, NATIONAL_ID, NEXT_OF_KIN, PHONE } from '../test/mpi-builders';
import { RegisterPatient, UpdatePatientDemographics } from './contracts/commands';
import { MergePatients, UpdatePatientDetails } from './contracts/commands';
import { FindDuplicateCandidates, GetPatientTimeline, type PatientTimeline } from './contracts/queries';
import { GetPatient, SearchPatients, type PatientPage, type PatientView } from './contracts/queries';
import { patientStream } from './domain/patient/patient.stream';
import { patientPlugin } from './plugin';

const NOW = '2026-03-01T09:00:00.000Z';

describe('master patient index on the real kernel', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin], now: NOW });
  });
  afterAll(async () => {
    await kernel?.close();
  });

  type Registration = DataOf<typeof RegisterPatient>;
  const register = async (overrides: Partial<Registration> = {}): Promise<PatientView> =>
    await kernel.execute(RegisterPatient, {
      ...registration({ birthDate: distinctBirthDate() }),
      ...overrides,
    } as Registration);
  const get = async (id: string): Promise<PatientView> => await kernel.ask(GetPatient, { id });
  const search = async (params: DataOf<typeof SearchPatients>): Promise<PatientPage> =>
    await kernel.ask(SearchPatients, params);
  const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
    promise.then(
      () => undefined,
      (error: unknown) => error,
    );
  const eventTypes = async (id: string): Promise<string[]> =>
    (await kernel.readStream(patientStream(id))).map((e) => e.type);

  describe('details', () => {
    it('registers with contacts, next of kin, identifiers and coverage, and reads them back', async () => {
      const patient = await register({
        familyName: 'Detailed',
        contacts: [PHONE],
        nextOfKin: [NEXT_OF_KIN],
        identifiers: [NATIONAL_ID],
        coverages: [COVERAGE],
      });
      expect(patient).toMatchObject({ contacts: [PHONE], identifiers: [NATIONAL_ID], version: 2 });
      expect(await get(patient.id)).toEqual(patient);
      expect(await eventTypes(patient.id)).toEqual(['patient.PatientRegistered', 'patient.PatientDetailsChanged']);
    });

    it('replaces a list, keeps the others, and bumps the version (the ETag)', async () => {
      const patient = await register({ familyName: 'Relisted', contacts: [PHONE], coverages: [COVERAGE] });
      const email = { kind: 'email', use: 'work', value: 'relisted@example.org' } as const;
      const updated = await kernel.execute(UpdatePatientDetails, {
        patientId: patient.id,
        expectedVersion: patient.version,
        contacts: [email],
      });
      expect(updated).toMatchObject({ contacts: [email], coverages: [COVERAGE], version: patient.version + 1 });
      expect(await get(patient.id)).toEqual(updated);
    });

    it('refuses an identifier another patient holds, however it is punctuated', async () => {
      const holder = await register({ familyName: 'Holder', identifiers: [{ ...NATIONAL_ID, value: '555-000-111' }] });
      const other = await register({ familyName: 'Latecomer' });
      const taken = kernel.execute(UpdatePatientDetails, {
        patientId: other.id,
        identifiers: [{ kind: 'national-id', system: 'pt', value: '555 000 111' }],
      });
      expect(await rejection(taken)).toMatchObject({
        code: 'IDENTIFIER_IN_USE',
        status: 409,
        details: { patientId: holder.id },
      });
      // The holder itself may record it again.
      await kernel.execute(UpdatePatientDetails, {
        patientId: holder.id,
        identifiers: [{ ...NATIONAL_ID, value: '555000111' }],
      });
    });

    it('keeps identifiers unique in the read model itself', async () => {
      const holder = await register({ familyName: 'Unique', identifiers: [{ ...NATIONAL_ID, value: 'U-1' }] });
      const insert = kernel.sql.query(
        `INSERT INTO patient.identifiers (system_key, value_key, patient_id) VALUES ('pt', 'U1', $1)`,
        ['00000000-0000-4000-8000-000000000001'],
      );
      expect(await rejection(insert)).toBeDefined();
      expect(holder.identifiers).toHaveLength(1);
    });
  });

  describe('duplicate detection', () => {
    const BORN = '1961-05-17';
    let john: PatientView;

    beforeAll(async () => {
      john = await register({
        givenName: 'John',
        familyName: 'Smith',
        birthDate: BORN,
        identifiers: [{ kind: 'passport', system: 'GB', value: 'P123456' }],
      });
    });

    it.each([
      ['a sound-alike name', { givenName: 'Jon', familyName: 'Smyth' }],
      ['a typo', { givenName: 'Jhon', familyName: 'Smith' }],
      ['given and family name swapped', { givenName: 'Smith', familyName: 'John' }],
    ])('refuses %s born the same day with POSSIBLE_DUPLICATE, naming the candidate', async (_case, names) => {
      const refused = await rejection(register({ ...names, birthDate: BORN }));
      expect(refused).toMatchObject({
        code: 'POSSIBLE_DUPLICATE',
        status: 409,
        details: { candidates: [{ id: john.id, mrn: john.mrn }] },
      });
    });

    it('refuses the same identifier whatever the name and birth date', async () => {
      const refused = await rejection(
        register({ familyName: 'Elsewhere', identifiers: [{ kind: 'passport', system: 'GB', value: 'p 123456' }] }),
      );
      expect(refused).toMatchObject({ code: 'POSSIBLE_DUPLICATE', details: { candidates: [{ id: john.id }] } });
    });

    it('registers an alike name born another day', async () => {
      expect(await register({ givenName: 'Jon', familyName: 'Smyth', birthDate: '1961-05-18' })).toMatchObject({
        familyName: 'Smyth',
      });
    });

    it('shows the candidates to the front desk, with what matched', async () => {
      const answer = await kernel.ask(FindDuplicateCandidates, {
        givenName: 'Jon',
        familyName: 'Smith',
        birthDate: BORN,
        identifiers: [{ kind: 'passport', system: 'GB', value: 'P123456' }],
      });
      expect(answer.candidates).toEqual([
        {
          id: john.id,
          mrn: john.mrn,
          givenName: 'John',
          familyName: 'Smith',
          matchedOn: ['identifier', 'name-and-birth-date'],
        },
      ]);
    });

    it('registers anyway with an override and a reason, recorded in the event', async () => {
      const twin = await register({
        givenName: 'Jon',
        familyName: 'Smith',
        birthDate: BORN,
        overrideDuplicateCheck: true,
        duplicateOverrideReason: 'multiple-birth',
      });
      const [registeredEvent] = await kernel.readStream(patientStream(twin.id));
      expect(registeredEvent?.data).toMatchObject({
        duplicateOverride: { reason: 'multiple-birth', candidateIds: [john.id] },
      });
    });

    it('needs a reason with the override, and still refuses an identifier in use', async () => {
      const noReason = register({
        givenName: 'Jon',
        familyName: 'Smith',
        birthDate: BORN,
        overrideDuplicateCheck: true,
      });
      expect(await rejection(noReason)).toMatchObject({ status: 400 });
      const sameIdentifier = register({
        familyName: 'Elsewhere',
        identifiers: [{ kind: 'passport', system: 'GB', value: 'P123456' }],
        overrideDuplicateCheck: true,
        duplicateOverrideReason: 'verified-different-person',
      });
      expect(await rejection(sameIdentifier)).toMatchObject({ code: 'IDENTIFIER_IN_USE', status: 409 });
    });
  });

  describe('MergePatients', () => {
    let survivor: PatientView;
    let duplicate: PatientView;

    beforeAll(async () => {
      survivor = await register({ givenName: 'Mira', familyName: 'Mergeton', birthDate: '1955-02-02' });
      duplicate = await register({
        givenName: 'Mira',
        familyName: 'Mergetown',
        birthDate: '1955-02-03',
        identifiers: [{ ...NATIONAL_ID, value: 'M-42' }],
      });
      await kernel.execute(UpdatePatientDemographics, { patientId: duplicate.id, phone: '+351 21 000 0042' });
      kernel.clock.advance(60_000);
      const answer = await kernel.execute(MergePatients, {
        survivorId: survivor.id,
        mergedId: duplicate.id,
        reason: 'duplicate-registration',
      });
      expect(answer).toMatchObject({ id: survivor.id, version: 2 });
    });

    it('keeps both histories and adds the merge to each', async () => {
      expect(await eventTypes(duplicate.id)).toEqual([
        'patient.PatientRegistered',
        'patient.PatientDetailsChanged',
        'patient.PatientDemographicsUpdated',
        'patient.PatientMerged',
      ]);
      expect(await eventTypes(survivor.id)).toEqual(['patient.PatientRegistered', 'patient.PatientMergeReceived']);
    });

    it('answers the merged record’s id with the survivor, naming the record asked for', async () => {
      expect(await get(duplicate.id)).toEqual({
        ...(await get(survivor.id)),
        mergedFrom: { id: duplicate.id, mrn: duplicate.mrn },
      });
    });

    it('finds the survivor by the merged MRN, and lists the merged record no more', async () => {
      expect((await search({ q: duplicate.mrn })).items.map((p) => p.id)).toEqual([survivor.id]);
      expect((await search({ mrn: duplicate.mrn })).items.map((p) => p.id)).toEqual([survivor.id]);
      expect((await search({ q: 'mergetown' })).total).toBe(0);
    });

    it('refuses changes to the merged record', async () => {
      for (const expectedVersion of [undefined, 4]) {
        const update = kernel.execute(UpdatePatientDemographics, {
          patientId: duplicate.id,
          expectedVersion,
          familyName: 'Revived',
        });
        expect(await rejection(update)).toMatchObject({ code: 'PATIENT_MERGED', status: 422 });
      }
      const details = kernel.execute(UpdatePatientDetails, { patientId: duplicate.id, contacts: [PHONE] });
      expect(await rejection(details)).toMatchObject({ code: 'PATIENT_MERGED', status: 422 });
    });

    it('frees the merged record’s identifiers for the survivor', async () => {
      const updated = await kernel.execute(UpdatePatientDetails, {
        patientId: survivor.id,
        identifiers: [{ ...NATIONAL_ID, value: 'M-42' }],
      });
      expect(updated.identifiers).toHaveLength(1);
    });

    it('refuses merging into itself, into a merged record, a merged record again, or a chain', async () => {
      const other = await register({ familyName: 'Bystander' });
      const merge = (survivorId: string, mergedId: string): Promise<unknown> =>
        rejection(kernel.execute(MergePatients, { survivorId, mergedId, reason: 'duplicate-registration' }));
      expect(await merge(other.id, other.id)).toMatchObject({ code: 'MERGE_INTO_ITSELF', status: 422 });
      expect(await merge(duplicate.id, other.id)).toMatchObject({ code: 'MERGE_TARGET_MERGED', status: 422 });
      expect(await merge(other.id, duplicate.id)).toMatchObject({ code: 'PATIENT_MERGED', status: 422 });
      expect(await merge(other.id, survivor.id)).toMatchObject({ code: 'MERGE_CHAIN', status: 422 });
      expect(await eventTypes(other.id)).toEqual(['patient.PatientRegistered']);
    });

    it('needs the merge permission', async () => {
      const refused = kernel.execute(
        MergePatients,
        { survivorId: survivor.id, mergedId: duplicate.id, reason: 'other' },
        { permissions: ['patient:record:read', 'patient:record:update'] },
      );
      expect(await rejection(refused)).toMatchObject({ status: 403 });
    });

    it('shows a timeline of both records in time order, with ids and codes only', async () => {
      const timeline = await settledTimeline(duplicate.id, 7);
      expect(timeline.patientId).toBe(survivor.id);
      expect(timeline.entries.map((e) => [e.type, e.patientId])).toEqual([
        ['patient.PatientRegistered', survivor.id],
        ['patient.PatientRegistered', duplicate.id],
        ['patient.PatientDetailsChanged', duplicate.id],
        ['patient.PatientDemographicsUpdated', duplicate.id],
        ['patient.PatientMerged', duplicate.id],
        ['patient.PatientMergeReceived', survivor.id],
        ['patient.PatientDetailsChanged', survivor.id],
      ]);
      const ats = timeline.entries.map((e) => e.at);
      expect([...ats].sort()).toEqual(ats);
      expect(timeline.entries.every((e) => e.plugin === 'patient')).toBe(true);
      expect(timeline.entries[3]?.summary).toEqual({ fields: ['phone'] });
      expect(JSON.stringify(timeline)).not.toMatch(/Mira|Mergeton|0042/);
    });

    /**
     * The timeline is async. `settle()` alone once came back one batch short when the whole suite ran in
     * parallel (another projection's open transaction holds the store's read horizon back), so settle again
     * until the expected entries are there.
     */
    async function settledTimeline(id: string, entries: number): Promise<PatientTimeline> {
      for (let attempt = 0; ; attempt++) {
        await kernel.settle();
        const timeline = await kernel.ask(GetPatientTimeline, { id });
        if (timeline.entries.length >= entries || attempt >= 20) return timeline;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    it('rebuilds the master index and the timeline to the same rows', async () => {
      await settledTimeline(survivor.id, 7);
      const tables = ['patient.details', 'patient.identifiers', 'patient.mrn_aliases', 'patient.timeline'];
      const snapshot = async (): Promise<unknown[][]> =>
        Promise.all(tables.map((t) => kernel.sql.query(`SELECT * FROM ${t} ORDER BY 1, 2`)));
      const before = await snapshot();
      await kernel.rebuildProjection('patient.master-index');
      await kernel.rebuildProjection('patient.timeline');
      expect(await snapshot()).toEqual(before);
    });
  });
});
