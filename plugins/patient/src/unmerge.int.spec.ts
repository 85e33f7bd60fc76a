import type { DataOf } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { distinctBirthDate, registration } from '../test/builders';
import { NATIONAL_ID } from '../test/mpi-builders';
import {
  MergePatients,
  RegisterPatient,
  UnmergePatient,
  UpdatePatientDemographics,
  UpdatePatientDetails,
} from './contracts/commands';
import {
  GetPatient,
  GetPatientTimeline,
  ResolvePatient,
  SearchPatients,
  type PatientTimeline,
  type PatientView,
} from './contracts/queries';
import { identifierValueKey } from './contracts/schemas';
import { patientStream } from './domain/patient/patient.stream';
import { patientPlugin } from './plugin';

const NOW = '2026-03-01T09:00:00.000Z';
const REASON = 'Two different people: twins registered with one birth date';

describe('undoing a merge on the real kernel', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin], now: NOW });
  });
  afterAll(async () => {
    await kernel?.close();
  });

  type Registration = DataOf<typeof RegisterPatient>;
  const register = async (overrides: Partial<Registration> = {}): Promise<PatientView> =>
    await kernel.execute(RegisterPatient, { ...registration({ birthDate: distinctBirthDate() }), ...overrides });
  const get = async (id: string): Promise<PatientView> => await kernel.ask(GetPatient, { id });
  const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
    promise.then(
      () => undefined,
      (error: unknown) => error,
    );
  const eventTypes = async (id: string): Promise<string[]> =>
    (await kernel.readStream(patientStream(id))).map((e) => e.type);
  const merge = (survivorId: string, mergedId: string): Promise<PatientView> =>
    kernel.execute(MergePatients, { survivorId, mergedId, reason: 'duplicate-registration' });
  /** Two records of (supposedly) one person, the second merged into the first. */
  const mergedPair = async (family: string, value: string): Promise<[PatientView, PatientView]> => {
    const survivor = await register({ givenName: 'Ines', familyName: `${family}a` });
    const duplicate = await register({
      givenName: 'Ines',
      familyName: `${family}e`,
      identifiers: [{ ...NATIONAL_ID, value }],
    });
    kernel.clock.advance(60_000);
    await merge(survivor.id, duplicate.id);
    return [survivor, duplicate];
  };
  async function settledTimeline(id: string, isDone: (t: PatientTimeline) => boolean): Promise<PatientTimeline> {
    for (let attempt = 0; ; attempt++) {
      await kernel.settle();
      const timeline = await kernel.ask(GetPatientTimeline, { id });
      if (isDone(timeline) || attempt >= 20) return timeline;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('makes the merged-away record active again with its own MRN, details and identifiers', async () => {
    const [survivor, duplicate] = await mergedPair('Splitmor', 'U-7');
    kernel.clock.advance(60_000);
    const answer = await kernel.execute(UnmergePatient, { patientId: duplicate.id, reason: REASON });

    expect(answer.restored).toMatchObject({
      id: duplicate.id,
      mrn: duplicate.mrn,
      familyName: duplicate.familyName,
      identifiers: [{ ...NATIONAL_ID, value: 'U-7' }],
    });
    expect(answer.survivor).toMatchObject({ id: survivor.id, mrn: survivor.mrn });
    const restored = await get(duplicate.id);
    expect(restored).toEqual(answer.restored);
    expect(restored.mergedFrom).toBeUndefined();
    expect(await get(survivor.id)).toEqual(answer.survivor);
    expect(await kernel.ask(ResolvePatient, { id: duplicate.id })).toEqual({
      patientId: duplicate.id,
      mrn: duplicate.mrn,
      registeredAt: duplicate.registeredAt,
    });
    // Found again by its MRN and name; the survivor no longer answers to the MRN.
    expect((await kernel.ask(SearchPatients, { mrn: duplicate.mrn })).items.map((p) => p.id)).toEqual([duplicate.id]);
    expect((await kernel.ask(SearchPatients, { q: 'splitmore' })).items.map((p) => p.id)).toEqual([duplicate.id]);
    expect(await eventTypes(duplicate.id)).toEqual([
      'patient.PatientRegistered',
      'patient.PatientDetailsChanged',
      'patient.PatientMerged',
      'patient.PatientUnmerged',
    ]);
    expect(await eventTypes(survivor.id)).toEqual([
      'patient.PatientRegistered',
      'patient.PatientMergeReceived',
      'patient.PatientMergeReversed',
    ]);

    // It takes changes again, and holds its identifier again (nobody else may record it).
    await kernel.execute(UpdatePatientDemographics, { patientId: duplicate.id, phone: '+351 21 000 0077' });
    const taken = kernel.execute(UpdatePatientDetails, {
      patientId: survivor.id,
      identifiers: [{ ...NATIONAL_ID, value: 'U-7' }],
    });
    expect(await rejection(taken)).toMatchObject({ code: 'IDENTIFIER_IN_USE', status: 409 });

    // The survivor's timeline no longer carries the other person's history.
    const timeline = await settledTimeline(survivor.id, (t) =>
      t.entries.some((e) => e.type === 'patient.PatientMergeReversed'),
    );
    expect(timeline.entries.map((e) => [e.type, e.patientId])).toEqual([
      ['patient.PatientRegistered', survivor.id],
      ['patient.PatientMergeReceived', survivor.id],
      ['patient.PatientMergeReversed', survivor.id],
    ]);
    expect(JSON.stringify(timeline)).not.toContain('twins');
  });

  it('lets the two records be merged again later, the same way round', async () => {
    const [survivor, duplicate] = await mergedPair('Remerg', 'U-8');
    await kernel.execute(UnmergePatient, { patientId: duplicate.id, reason: REASON });
    await merge(survivor.id, duplicate.id);
    expect((await get(duplicate.id)).mergedFrom).toEqual({ id: duplicate.id, mrn: duplicate.mrn });
  });

  it('refuses, changing nothing, a record not merged, an unknown one, and an ambiguous unmerge', async () => {
    const [survivor, duplicate] = await mergedPair('Ambigu', 'U-9');
    const unmerge = (patientId: string): Promise<unknown> =>
      rejection(kernel.execute(UnmergePatient, { patientId, reason: REASON }));
    expect(await unmerge(survivor.id)).toMatchObject({ code: 'PATIENT_NOT_MERGED', status: 422 });
    expect(await unmerge('00000000-0000-4000-8000-000000000000')).toMatchObject({
      code: 'PATIENT_NOT_FOUND',
      status: 404,
    });
    // The desk copied the national id onto the survivor after the merge: both cannot have it back.
    await kernel.execute(UpdatePatientDetails, {
      patientId: survivor.id,
      identifiers: [{ ...NATIONAL_ID, value: 'U-9' }],
    });
    const before = [await eventTypes(duplicate.id), await eventTypes(survivor.id)];
    expect(await unmerge(duplicate.id)).toMatchObject({
      code: 'UNMERGE_IDENTIFIER_IN_USE',
      status: 422,
      details: { patientId: duplicate.id, heldBy: survivor.id },
    });
    expect([await eventTypes(duplicate.id), await eventTypes(survivor.id)]).toEqual(before);
    expect((await get(duplicate.id)).mergedFrom).toEqual({ id: duplicate.id, mrn: duplicate.mrn });

    // Removed where it did not belong, the unmerge goes through.
    await kernel.execute(UpdatePatientDetails, { patientId: survivor.id, identifiers: [] });
    await kernel.execute(UnmergePatient, { patientId: duplicate.id, reason: REASON });
    expect((await get(duplicate.id)).identifiers).toEqual([{ ...NATIONAL_ID, value: 'U-9' }]);
  });

  it('needs the unmerge permission and a reason, and audits both records', async () => {
    const [survivor, duplicate] = await mergedPair('Audited', 'U-10');
    const refused = kernel.execute(
      UnmergePatient,
      { patientId: duplicate.id, reason: REASON },
      { permissions: ['patient:record:read', 'patient:record:merge'] },
    );
    expect(await rejection(refused)).toMatchObject({ status: 403 });
    const noReason = kernel.execute(UnmergePatient, { patientId: duplicate.id, reason: ' ' });
    expect(await rejection(noReason)).toMatchObject({ status: 400 });
    expect((await get(duplicate.id)).mergedFrom).toBeDefined();

    await kernel.execute(UnmergePatient, { patientId: duplicate.id, reason: REASON });
    const audit = await kernel.sql.query<{ outcome: string; patient_ids: string[] }>(
      `SELECT outcome, patient_ids FROM core.audit_log WHERE action = 'patient.UnmergePatient' AND $1 = ANY(patient_ids)
        ORDER BY id`,
      [duplicate.id],
    );
    // The refused input is audited too, without patient ids: the kernel keeps only validated ids in the log.
    expect(audit.map((a) => a.outcome)).toEqual(['denied', 'success']);
    const invalid = await kernel.sql.query(
      `SELECT 1 FROM core.audit_log WHERE action = 'patient.UnmergePatient' AND outcome = 'invalid'`,
    );
    expect(invalid.length).toBeGreaterThan(0);
    expect(audit.at(-1)?.patient_ids.sort()).toEqual([duplicate.id, survivor.id].sort());
  });

  describe('under concurrency', () => {
    const settle = async (attempts: Promise<unknown>[]) => {
      const settled = await Promise.allSettled(attempts);
      return {
        won: settled.filter((s) => s.status === 'fulfilled').length,
        codes: settled.flatMap((s) => (s.status === 'rejected' ? [(s.reason as { code?: string }).code] : [])),
      };
    };

    it('lets exactly one of many simultaneous unmerges of one record through', async () => {
      const [survivor, duplicate] = await mergedPair('Racing', 'U-12');
      const { won, codes } = await settle(
        Array.from({ length: 6 }, () => kernel.execute(UnmergePatient, { patientId: duplicate.id, reason: REASON })),
      );
      expect(won).toBe(1);
      expect(new Set(codes)).toEqual(
        new Set(codes.filter((c) => c === 'PATIENT_NOT_MERGED' || c === 'VERSION_CONFLICT')),
      );
      expect((await eventTypes(duplicate.id)).filter((t) => t === 'patient.PatientUnmerged')).toHaveLength(1);
      expect((await eventTypes(survivor.id)).filter((t) => t === 'patient.PatientMergeReversed')).toHaveLength(1);
    });

    it('never leaves one identifier on two records when an unmerge races the desk copying it to the survivor', async () => {
      for (let round = 0; round < 5; round++) {
        const value = `U-R${round}`;
        const [survivor, duplicate] = await mergedPair(`Copyrace${round}`, value);
        await settle([
          kernel.execute(UnmergePatient, { patientId: duplicate.id, reason: REASON }),
          kernel.execute(UpdatePatientDetails, { patientId: survivor.id, identifiers: [{ ...NATIONAL_ID, value }] }),
        ]);
        const holders = await kernel.sql.query<{ patient_id: string }>(
          `SELECT patient_id::text AS patient_id FROM patient.identifiers WHERE value_key = $1`,
          [identifierValueKey(value)],
        );
        expect(holders).toHaveLength(1);
        const [survivorView, duplicateView] = [await get(survivor.id), await get(duplicate.id)];
        const holding = [survivorView, duplicateView].filter(
          (view) => view.mergedFrom === undefined && (view.identifiers ?? []).some((i) => i.value === value),
        );
        expect(holding.map((view) => view.id)).toEqual([holders[0]!.patient_id]);
      }
    });
  });

  it('rebuilds the directory, master index and timeline to the same rows after an unmerge', async () => {
    const [survivor] = await mergedPair('Rebuilt', 'U-11');
    const duplicateOf = (
      await kernel.sql.query<{ id: string }>(
        `SELECT merged_patient_id::text AS id FROM patient.mrn_aliases WHERE patient_id = $1`,
        [survivor.id],
      )
    )[0]!.id;
    await kernel.execute(UnmergePatient, { patientId: duplicateOf, reason: REASON });
    await settledTimeline(survivor.id, (t) => t.entries.some((e) => e.type === 'patient.PatientMergeReversed'));
    const tables = ['patient.directory', 'patient.details', 'patient.identifiers', 'patient.mrn_aliases'];
    const snapshot = async (): Promise<unknown[][]> =>
      Promise.all(tables.map((t) => kernel.sql.query(`SELECT * FROM ${t} ORDER BY 1, 2`)));
    const before = await snapshot();
    await kernel.rebuildProjection('patient.directory');
    await kernel.rebuildProjection('patient.master-index');
    expect(await snapshot()).toEqual(before);
  });
});
