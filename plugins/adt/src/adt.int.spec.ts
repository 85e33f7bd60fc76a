import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { type PatientView, RegisterPatient } from '@hms/plugin-patient/contracts';
import { registration } from '../test/builders';
import {
  GetCensus,
  GetWardBoard,
  ListWards,
  type Census,
  type StayView,
  type WardBoard,
  type WardView,
} from './contracts/queries';
import {
  AddBed,
  AdmitPatient,
  DefineWard,
  DischargePatient,
  RemoveBed,
  RenameBed,
  SetBedService,
  TransferPatient,
} from './contracts/commands';
import { bedStream } from './domain/bed/bed.stream';
import { stayStream } from './domain/stay/stay.stream';
import { adtPlugin } from './plugin';

const NOW = '2026-03-01T09:00:00.000Z';
const HOUR = 60 * 60 * 1000;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const ADMISSION = { category: 'emergency' as const, code: 'R07.4', text: 'Chest pain' };

describe('admissions, transfers and discharges on the real kernel', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, adtPlugin], now: NOW });
  });
  afterAll(async () => {
    await kernel?.close();
  });

  let wardCount = 0;
  const defineWard = async (labels: string[], code = `W${++wardCount}`): Promise<WardView> =>
    await kernel.execute(DefineWard, { code, name: `Ward ${code}`, specialty: 'Medicine', beds: labels });
  // A different birth date each: the registration's duplicate check must not see our fictional people as one.
  let patientCount = 0;
  const register = async (familyName: string): Promise<PatientView> => {
    const birthDate = new Date(Date.UTC(1950, 0, 1) + ++patientCount * 86_400_000).toISOString().slice(0, 10);
    return await kernel.execute(RegisterPatient, registration({ familyName, birthDate }));
  };
  const bedOf = (ward: WardView, label: string): string => {
    const bed = ward.beds.find((b) => b.label === label);
    if (!bed) throw new Error(`No bed ${label}`);
    return bed.id;
  };
  const admit = (patientId: string, ward: WardView, label: string, commandId?: string): Promise<StayView> =>
    kernel.execute(
      AdmitPatient,
      { patientId, wardId: ward.id, bedId: bedOf(ward, label), reason: ADMISSION },
      commandId ? { commandId } : undefined,
    );
  const board = async (ward: WardView): Promise<WardBoard> => await kernel.ask(GetWardBoard, { wardId: ward.id });
  const census = async (wardId?: string): Promise<Census> => await kernel.ask(GetCensus, wardId ? { wardId } : {});
  const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
    promise.then(
      () => undefined,
      (error: unknown) => error,
    );

  describe('wards and beds', () => {
    it('defines a ward with its beds, lists it, and shows an empty board', async () => {
      const ward = await defineWard(['1', '2', '10'], 'card1');
      expect(ward).toMatchObject({ code: 'CARD1', name: 'Ward card1', specialty: 'Medicine' });
      expect(ward.beds.map((b) => b.label)).toEqual(['1', '2', '10']);
      const listed = (await kernel.ask(ListWards, {})).items.find((w) => w.id === ward.id);
      expect(listed).toEqual({ ...ward, beds: 3, inService: 3, occupied: 0, free: 3 });
      expect((await board(ward)).beds.map((b) => [b.label, b.status])).toEqual([
        ['1', 'vacant'],
        ['2', 'vacant'],
        ['10', 'vacant'],
      ]);
    });

    it('refuses a ward code in use, and a bed label in use on the ward', async () => {
      const ward = await defineWard(['A'], 'DUPE');
      expect(await rejection(defineWard([], 'dupe'))).toMatchObject({ code: 'WARD_CODE_TAKEN', status: 422 });
      expect(await rejection(kernel.execute(AddBed, { wardId: ward.id, label: 'a' }))).toMatchObject({
        code: 'BED_LABEL_TAKEN',
        status: 422,
      });
      expect(await rejection(kernel.execute(AddBed, { wardId: UNKNOWN_ID, label: 'A' }))).toMatchObject({
        code: 'WARD_NOT_FOUND',
        status: 404,
      });
    });

    it('adds, closes, reopens and removes beds; refuses to close or remove an occupied bed', async () => {
      const ward = await defineWard(['1']);
      const patient = await register('Bedkeeper');
      await admit(patient.id, ward, '1');
      const added = await kernel.execute(AddBed, { wardId: ward.id, label: '2' });
      expect(added).toMatchObject({ wardId: ward.id, label: '2', status: 'vacant' });
      const { bedId } = added as { bedId: string };
      const occupiedBed = bedOf(ward, '1');
      expect(
        await rejection(
          kernel.execute(SetBedService, { wardId: ward.id, bedId: occupiedBed, inService: false, reason: 'cleaning' }),
        ),
      ).toMatchObject({ code: 'BED_OCCUPIED', status: 422 });
      expect(await rejection(kernel.execute(RemoveBed, { wardId: ward.id, bedId: occupiedBed }))).toMatchObject({
        code: 'BED_OCCUPIED',
        status: 422,
      });

      await kernel.execute(SetBedService, { wardId: ward.id, bedId, inService: false, reason: 'maintenance' });
      expect((await board(ward)).beds[1]).toEqual({
        id: bedId,
        label: '2',
        status: 'out-of-service',
        outOfServiceReason: 'maintenance',
      });
      const other = await register('Outofservice');
      const refused = kernel.execute(AdmitPatient, { patientId: other.id, wardId: ward.id, bedId, reason: ADMISSION });
      expect(await rejection(refused)).toMatchObject({ code: 'BED_OUT_OF_SERVICE', status: 422 });
      expect(await kernel.execute(SetBedService, { wardId: ward.id, bedId, inService: true })).toMatchObject({
        status: 'vacant',
      });

      expect(await kernel.execute(RemoveBed, { wardId: ward.id, bedId })).toMatchObject({
        status: 'removed',
        label: '2',
      });
      expect((await board(ward)).beds.map((b) => b.label)).toEqual(['1']);
      const toRemoved = kernel.execute(AdmitPatient, {
        patientId: other.id,
        wardId: ward.id,
        bedId,
        reason: ADMISSION,
      });
      expect(await rejection(toRemoved)).toMatchObject({ code: 'BED_NOT_FOUND', status: 404 });
    });

    it('renames a bed, occupied or not: the board and the census show the new label, the patient stays', async () => {
      const ward = await defineWard(['1', '2']);
      const patient = await register('Renamedbed');
      await admit(patient.id, ward, '1');
      const occupiedBed = bedOf(ward, '1');
      expect(await kernel.execute(RenameBed, { wardId: ward.id, bedId: occupiedBed, label: 'Bay A1' })).toEqual({
        wardId: ward.id,
        bedId: occupiedBed,
        label: 'Bay A1',
        status: 'occupied',
      });
      expect((await board(ward)).beds.map((b) => [b.label, b.status])).toEqual([
        ['2', 'vacant'],
        ['Bay A1', 'occupied'],
      ]);
      expect((await census(ward.id)).items).toEqual([
        expect.objectContaining({ patientId: patient.id, bedId: occupiedBed, bedLabel: 'Bay A1' }),
      ]);
      // Another bed's label is refused and changes nothing; the same label again is accepted and records nothing.
      const taken = kernel.execute(RenameBed, { wardId: ward.id, bedId: bedOf(ward, '2'), label: 'bay a1' });
      expect(await rejection(taken)).toMatchObject({ code: 'BED_LABEL_TAKEN', status: 422 });
      expect((await board(ward)).beds.map((b) => b.label)).toEqual(['2', 'Bay A1']);
      const again = await kernel.execute(RenameBed, { wardId: ward.id, bedId: occupiedBed, label: 'Bay A1' });
      expect(again).toMatchObject({ label: 'Bay A1', status: 'occupied' });
      const refused = kernel.execute(
        RenameBed,
        { wardId: ward.id, bedId: occupiedBed, label: 'X' },
        { permissions: ['patient:census:read', 'patient:adt:write'] },
      );
      expect(await rejection(refused)).toMatchObject({ status: 403 });
    });

    it('needs the ward permission to manage beds, and no patient-data permission to list wards', async () => {
      const refused = kernel.execute(
        DefineWard,
        { code: 'NOPE', name: 'N', specialty: 'S' },
        {
          permissions: ['patient:census:read', 'patient:adt:write'],
        },
      );
      expect(await rejection(refused)).toMatchObject({ status: 403 });
      await expect(kernel.ask(ListWards, {}, { permissions: ['patient:ward:read'] })).resolves.toBeDefined();
    });
  });

  describe('admit, transfer, discharge', () => {
    it('runs a stay through two wards and records what the reports need', async () => {
      const medical = await defineWard(['1', '2']);
      const icu = await defineWard(['A']);
      const patient = await register('Staying');

      const stay = await admit(patient.id, medical, '2');
      expect(stay).toEqual({
        stayId: expect.any(String),
        patientId: patient.id,
        status: 'admitted',
        wardId: medical.id,
        bedId: bedOf(medical, '2'),
        admittedAt: NOW,
        inBedSince: NOW,
      });
      expect((await board(medical)).beds[1]).toEqual({
        id: bedOf(medical, '2'),
        label: '2',
        status: 'occupied',
        occupant: {
          patientId: patient.id,
          mrn: patient.mrn,
          givenName: 'Ada',
          familyName: 'Staying',
          stayId: stay.stayId,
          inBedSince: NOW,
        },
      });

      kernel.clock.advance(5 * HOUR);
      const movedAt = new Date(Date.parse(NOW) + 4 * HOUR).toISOString();
      const moved = await kernel.execute(TransferPatient, {
        patientId: patient.id,
        toWardId: icu.id,
        toBedId: bedOf(icu, 'A'),
        reason: { category: 'step-up' },
        transferredAt: movedAt,
      });
      expect(moved).toMatchObject({ stayId: stay.stayId, wardId: icu.id, inBedSince: movedAt, admittedAt: NOW });
      expect((await board(medical)).beds[1]?.status).toBe('vacant');
      expect((await census(icu.id)).items).toEqual([
        expect.objectContaining({
          patientId: patient.id,
          wardCode: icu.code,
          bedLabel: 'A',
          admittedAt: NOW,
          inBedSince: movedAt,
        }),
      ]);

      kernel.clock.advance(48 * HOUR);
      const discharged = await kernel.execute(DischargePatient, {
        patientId: patient.id,
        disposition: 'transfer-to-other-facility',
      });
      expect(discharged).toMatchObject({ status: 'discharged', wardId: icu.id, dischargedAt: kernel.clock.now() });
      expect((await census(icu.id)).items).toEqual([]);
      expect((await board(icu)).beds[0]?.status).toBe('vacant');

      const [row] = await kernel.sql.query(
        `SELECT admission_ward_id::text AS admitted_to, current_ward_id::text AS discharged_from, transfers,
                admission_category, disposition, discharged_at IS NOT NULL AS ended
           FROM adt.admissions WHERE stay_id = $1`,
        [stay.stayId],
      );
      expect(row).toEqual({
        admitted_to: medical.id,
        discharged_from: icu.id,
        transfers: 1,
        admission_category: 'emergency',
        disposition: 'transfer-to-other-facility',
        ended: true,
      });
      const events = await kernel.readStream(stayStream(patient.id));
      expect(events.map((e) => e.type)).toEqual([
        'patient.PatientAdmitted',
        'patient.PatientTransferred',
        'patient.PatientDischarged',
      ]);
    });

    it('refuses an unknown patient, ward or bed, and a patient not admitted', async () => {
      const ward = await defineWard(['1']);
      const patient = await register('Refused');
      const bedId = bedOf(ward, '1');
      const cases: [() => Promise<unknown>, string, number][] = [
        [
          () => kernel.execute(AdmitPatient, { patientId: UNKNOWN_ID, wardId: ward.id, bedId, reason: ADMISSION }),
          'PATIENT_NOT_FOUND',
          404,
        ],
        [
          () => kernel.execute(AdmitPatient, { patientId: patient.id, wardId: UNKNOWN_ID, bedId, reason: ADMISSION }),
          'WARD_NOT_FOUND',
          404,
        ],
        [
          () =>
            kernel.execute(AdmitPatient, {
              patientId: patient.id,
              wardId: ward.id,
              bedId: UNKNOWN_ID,
              reason: ADMISSION,
            }),
          'BED_NOT_FOUND',
          404,
        ],
        [
          () => kernel.execute(DischargePatient, { patientId: patient.id, disposition: 'home' }),
          'PATIENT_NOT_ADMITTED',
          422,
        ],
      ];
      for (const [attempt, code, status] of cases) expect(await rejection(attempt())).toMatchObject({ code, status });
    });

    it('refuses a second admission of an admitted patient, and an occupied bed, changing nothing', async () => {
      const ward = await defineWard(['1', '2']);
      const [first, second] = [await register('First'), await register('Second')];
      await admit(first.id, ward, '1');
      expect(await rejection(admit(first.id, ward, '2'))).toMatchObject({
        code: 'PATIENT_ALREADY_ADMITTED',
        status: 422,
      });
      const occupied = (await rejection(admit(second.id, ward, '1'))) as Error;
      expect(occupied).toMatchObject({ code: 'BED_OCCUPIED', status: 422 });
      expect(occupied.message).toMatch(/already has a patient/);
      expect(await kernel.readStream(stayStream(second.id))).toHaveLength(0);
      expect((await census(ward.id)).items.map((e) => e.patientId)).toEqual([first.id]);
    });

    it("refuses an admission back-dated before the patient's registration or the bed's addition", async () => {
      const ward = await defineWard(['1']);
      const patient = await register('Backdated');
      const registeredAt = kernel.clock.now();
      kernel.clock.advance(2 * HOUR);
      const { bedId: lateBedId } = await kernel.execute(AddBed, { wardId: ward.id, label: 'Late' });
      const hourAgo = new Date(Date.parse(kernel.clock.now()) - HOUR).toISOString();
      const yearBefore = new Date(Date.parse(registeredAt) - 365 * 24 * HOUR).toISOString();
      const attempt = (bedId: string, admittedAt: string): Promise<unknown> =>
        rejection(
          kernel.execute(AdmitPatient, {
            patientId: patient.id,
            wardId: ward.id,
            bedId,
            reason: ADMISSION,
            admittedAt,
          }),
        );
      expect(await attempt(bedOf(ward, '1'), yearBefore)).toMatchObject({
        code: 'ADT_TIME_BEFORE_REGISTRATION',
        status: 422,
      });
      expect(await attempt(lateBedId, hourAgo)).toMatchObject({ code: 'ADT_TIME_BEFORE_BED_ADDED', status: 422 });
      expect(await kernel.readStream(stayStream(patient.id))).toHaveLength(0);
      expect(await kernel.readStream(bedStream(lateBedId))).toHaveLength(0);

      // At or after both, the same back-dating is fine; a transfer into the late bed before it was added is not.
      await kernel.execute(AdmitPatient, {
        patientId: patient.id,
        wardId: ward.id,
        bedId: bedOf(ward, '1'),
        reason: ADMISSION,
        admittedAt: registeredAt,
      });
      const early = new Date(Date.parse(registeredAt) + HOUR).toISOString();
      expect(
        await rejection(
          kernel.execute(TransferPatient, {
            patientId: patient.id,
            toWardId: ward.id,
            toBedId: lateBedId,
            reason: { category: 'step-up' },
            transferredAt: early,
          }),
        ),
      ).toMatchObject({ code: 'ADT_TIME_BEFORE_BED_ADDED', status: 422 });
      expect(await kernel.readStream(stayStream(patient.id))).toHaveLength(1);
    });

    it('refuses a back-dated admission into a bed another patient had at that time', async () => {
      const ward = await defineWard(['1']);
      const [first, second] = [await register('Earlier'), await register('Overlapping')];
      kernel.clock.advance(HOUR);
      await admit(first.id, ward, '1');
      kernel.clock.advance(3 * HOUR);
      await kernel.execute(DischargePatient, { patientId: first.id, disposition: 'home' });
      const whileOccupied = new Date(Date.parse(kernel.clock.now()) - 2 * HOUR).toISOString();
      const overlapping = kernel.execute(AdmitPatient, {
        patientId: second.id,
        wardId: ward.id,
        bedId: bedOf(ward, '1'),
        reason: ADMISSION,
        admittedAt: whileOccupied,
      });
      expect(await rejection(overlapping)).toMatchObject({ code: 'BED_NOT_FREE_AT_THAT_TIME', status: 422 });
      expect(await kernel.readStream(stayStream(second.id))).toHaveLength(0);
      await admit(second.id, ward, '1');
    });

    it('answers a retried admission (same command id) with the first answer', async () => {
      const ward = await defineWard(['1']);
      const patient = await register('Retrying');
      const commandId = '7d0c8f7e-1a2b-4c3d-9e4f-5a6b7c8d9e0f';
      const first = await admit(patient.id, ward, '1', commandId);
      expect(await admit(patient.id, ward, '1', commandId)).toEqual(first);
      expect(await kernel.readStream(bedStream(bedOf(ward, '1')))).toHaveLength(1);
    });
  });

  describe('under concurrency', () => {
    const outcomes = async (attempts: Promise<unknown>[]) => {
      const settled = await Promise.allSettled(attempts);
      const won = settled.filter((s) => s.status === 'fulfilled');
      const refusals = settled.flatMap((s) =>
        s.status === 'rejected' ? [s.reason as { code: string; status: number }] : [],
      );
      return { won, refusals };
    };

    it('lets exactly one of many patients into one bed at the same moment', async () => {
      const ward = await defineWard(['1']);
      const patients = await Promise.all(Array.from({ length: 16 }, (_, i) => register(`Racer${i}`)));
      const { won, refusals } = await outcomes(patients.map((p) => admit(p.id, ward, '1')));
      expect(won).toHaveLength(1);
      for (const refusal of refusals) {
        expect([
          ['BED_OCCUPIED', 422],
          ['VERSION_CONFLICT', 409],
        ]).toContainEqual([refusal.code, refusal.status]);
      }
      expect((await census(ward.id)).items).toHaveLength(1);
      expect(await kernel.readStream(bedStream(bedOf(ward, '1')))).toHaveLength(1);
    });

    it('lets one patient into exactly one of many beds at the same moment', async () => {
      const labels = Array.from({ length: 12 }, (_, i) => `${i + 1}`);
      const ward = await defineWard(labels);
      const patient = await register('Everywhere');
      const { won, refusals } = await outcomes(labels.map((label) => admit(patient.id, ward, label)));
      expect(won).toHaveLength(1);
      for (const refusal of refusals) {
        expect([
          ['PATIENT_ALREADY_ADMITTED', 422],
          ['VERSION_CONFLICT', 409],
        ]).toContainEqual([refusal.code, refusal.status]);
      }
      expect(await kernel.readStream(stayStream(patient.id))).toHaveLength(1);
      expect((await board(ward)).beds.filter((b) => b.status === 'occupied')).toHaveLength(1);
    });

    it('keeps the census consistent through a storm of admissions, transfers and discharges', async () => {
      const ward = await defineWard(['1', '2', '3', '4']);
      const patients = await Promise.all(Array.from({ length: 8 }, (_, i) => register(`Storm${i}`)));
      const labels = ['1', '2', '3', '4'];
      await outcomes(patients.map((p, i) => admit(p.id, ward, labels[i % 4] ?? '1')));
      await outcomes(
        patients.flatMap((p, i) => [
          kernel.execute(TransferPatient, {
            patientId: p.id,
            toWardId: ward.id,
            toBedId: bedOf(ward, labels[(i + 1) % 4] ?? '1'),
            reason: { category: 'bed-management' },
          }),
          ...(i % 3 === 0 ? [kernel.execute(DischargePatient, { patientId: p.id, disposition: 'home' })] : []),
        ]),
      );
      const beds = await kernel.sql.query<{ bed_id: string; patient_id: string; stay_id: string }>(
        `SELECT bed_id::text, patient_id::text, stay_id::text FROM adt.ward_beds
          WHERE ward_id = $1 AND status = 'occupied'`,
        [ward.id],
      );
      expect(new Set(beds.map((b) => b.patient_id)).size).toBe(beds.length);
      const open = await kernel.sql.query<{ patient_id: string; current_bed_id: string; stay_id: string }>(
        `SELECT patient_id::text, current_bed_id::text, stay_id::text FROM adt.admissions
          WHERE admission_ward_id = $1 AND discharged_at IS NULL`,
        [ward.id],
      );
      // Every open stay is in exactly the bed that names it, and every occupied bed belongs to an open stay.
      const byBed = (rows: { stay_id: string }[]) => rows.map((r) => r.stay_id).sort();
      expect(byBed(open)).toEqual(byBed(beds));
      for (const stay of open) {
        expect(beds.find((b) => b.stay_id === stay.stay_id)?.bed_id).toBe(stay.current_bed_id);
      }
    });
  });

  describe('projections', () => {
    it('rebuild to identical rows', async () => {
      const snapshot = async () => ({
        wards: await kernel.sql.query('SELECT * FROM adt.wards ORDER BY id'),
        beds: await kernel.sql.query('SELECT * FROM adt.ward_beds ORDER BY bed_id'),
        admissions: await kernel.sql.query('SELECT * FROM adt.admissions ORDER BY stay_id'),
      });
      const before = await snapshot();
      expect(before.admissions.length).toBeGreaterThan(0);
      expect((await kernel.rebuildProjection('adt.bed-board')).events).toBeGreaterThan(0);
      expect((await kernel.rebuildProjection('adt.admissions')).events).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
    });
  });
});
