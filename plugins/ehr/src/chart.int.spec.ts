import { randomUUID } from 'node:crypto';
import { createTestKernel, readPdf, TEST_ACTOR_ID, type TestKernel } from '@hms/sdk/testing';
import {
  AddCareTeamMember,
  ChangeMedication,
  CloseEncounter,
  LoadIcd10Codes,
  OpenEncounter,
  PrescribeMedication,
  RecordAllergy,
  RecordObservation,
  RecordProblem,
  ResolveProblem,
  StartPlan,
  StopMedication,
} from './contracts/commands';
import { GetChart, GetEncounterSummary, SearchIcd10 } from './contracts/queries';
import { ALLERGY_RECORD, CHART_READ, OBSERVATION_RECORD } from './contracts/permissions';
import { chartStream } from './domain/streams';
import { ehrPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const HOUR = 3_600_000;
const NURSE = [CHART_READ.name, OBSERVATION_RECORD.name, ALLERGY_RECORD.name];

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string; message?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string; message?: string }) => error,
  );

describe('the clinical record on the real kernel (EHR alone)', () => {
  let kernel: TestKernel;
  const chart = async (patientId: string, asOf?: string) =>
    await kernel.ask(GetChart, asOf ? { patientId, asOf } : { patientId });

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [ehrPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('answers the chart from the read model, and the same chart as of any past moment from the events', async () => {
    const patientId = randomUUID();
    const encounter = await kernel.execute(OpenEncounter, { patientId, class: 'outpatient' });
    const problem = await kernel.execute(RecordProblem, { patientId, code: 'I10', encounterId: encounter.encounterId });
    await kernel.execute(RecordAllergy, {
      patientId,
      substance: 'Penicillin',
      category: 'medication',
      reaction: 'Hives',
      criticality: 'high',
    });
    const amlodipine = await kernel.execute(PrescribeMedication, {
      patientId,
      medication: 'Amlodipine 5 mg tablet',
      dosage: { dose: '5 mg', route: 'oral', frequency: 'once daily' },
    });
    await kernel.execute(RecordObservation, { patientId, code: '8480-6', value: 162, unit: 'mm[Hg]' });
    await kernel.execute(RecordObservation, { patientId, code: '8867-4', value: 88, unit: '/min' });
    const seen = await chart(patientId);
    const seenAt = kernel.clock.now();
    expect(seen.problems).toEqual([
      expect.objectContaining({ problemId: problem.problemId, code: 'I10', title: 'Essential (primary) hypertension' }),
    ]);
    expect(seen.allergies).toEqual([
      expect.objectContaining({ substance: 'Penicillin', status: 'active', criticality: 'high' }),
    ]);
    expect(seen.medications).toEqual([
      expect.objectContaining({ medicationId: amlodipine.medicationId, status: 'active' }),
    ]);
    // In LOINC code order.
    expect(seen.vitals.map((v) => (v as { code: string; value: number }).value)).toEqual([162, 88]);

    kernel.clock.advance(HOUR);
    await kernel.execute(ChangeMedication, {
      patientId,
      medicationId: amlodipine.medicationId,
      dosage: { dose: '10 mg', route: 'oral', frequency: 'once daily' },
      reason: 'Still high',
    });
    kernel.clock.advance(HOUR);
    await kernel.execute(RecordObservation, { patientId, code: '8480-6', value: 138, unit: 'mm[Hg]' });
    await kernel.execute(StopMedication, { patientId, medicationId: amlodipine.medicationId, reason: 'Ankle oedema' });
    await kernel.execute(ResolveProblem, { patientId, problemId: problem.problemId });

    const now = await chart(patientId);
    expect(now.problems).toEqual([]);
    expect(now.medications).toEqual([]);
    expect(now.vitals).toContainEqual(expect.objectContaining({ code: '8480-6', value: 138 }));
    // Each vital carries its recent measurements, newest first, so the client can draw it over time.
    const systolic = now.vitals.find((v) => (v as { code: string }).code === '8480-6') as {
      history: { value: number }[];
    };
    expect(systolic.history.map((h) => h.value)).toEqual([138, 162]);
    // What the clinician saw then, rebuilt from the stream: identical to the answer they were given.
    expect({ ...(await chart(patientId, seenAt)), asOf: null }).toEqual(seen);
    // One hour in: the dose was changed, nothing else yet.
    const midway = await chart(patientId, new Date(Date.parse(seenAt) + HOUR).toISOString());
    expect(midway.medications).toEqual([
      expect.objectContaining({ dosage: { dose: '10 mg', route: 'oral', frequency: 'once daily' } }),
    ]);
    expect(midway.problems).toHaveLength(1);
    // The fold of the whole stream and the read model agree.
    expect({ ...(await chart(patientId, kernel.clock.now())), asOf: null }).toEqual(now);
    expect((await chart(patientId, '2020-01-01T00:00:00Z')).problems).toEqual([]);
    // Rebuilt from zero, the read model answers the same chart.
    await kernel.rebuildProjection('ehr.chart');
    expect(await chart(patientId)).toEqual(now);
  });

  it('refuses a unit that does not fit the code with a clear 422, appending nothing', async () => {
    const patientId = randomUUID();
    const refused = await rejection(
      kernel.execute(RecordObservation, { patientId, code: '8867-4', value: 72, unit: 'kg' }),
    );
    expect(refused).toMatchObject({ status: 422, code: 'UNIT_NOT_ALLOWED' });
    expect(refused.message).toBe('Heart rate (8867-4) is recorded in /min, not kg.');
    expect(
      await rejection(kernel.execute(RecordObservation, { patientId, code: '8310-5', value: 375, unit: 'Cel' })),
    ).toMatchObject({ status: 422, code: 'IMPLAUSIBLE_VALUE' });
    expect(await kernel.readStream(chartStream(patientId))).toEqual([]);
  });

  it('lets only the prescriber permission prescribe; a nurse records vitals and allergies', async () => {
    const patientId = randomUUID();
    const dosage = { dose: '500 mg', route: 'oral', frequency: 'twice daily' };
    // Out of the nurse's reach until she is on the care team of the patient's open encounter (the default policy).
    const vitals = { patientId, code: '8310-5', value: 98.6, unit: '[degF]' } as const;
    expect(await rejection(kernel.execute(RecordObservation, vitals, { permissions: NURSE }))).toMatchObject({
      status: 403,
      code: 'CARE_RELATIONSHIP_REQUIRED',
    });
    const encounter = await kernel.execute(OpenEncounter, { patientId, class: 'inpatient' });
    await kernel.execute(AddCareTeamMember, {
      encounterId: encounter.encounterId,
      memberId: TEST_ACTOR_ID,
      role: 'nursing',
    });
    expect(
      await rejection(
        kernel.execute(PrescribeMedication, { patientId, medication: 'Metformin', dosage }, { permissions: NURSE }),
      ),
    ).toMatchObject({ status: 403 });
    await kernel.execute(RecordObservation, vitals, { permissions: NURSE });
    expect((await chart(patientId)).vitals).toEqual([expect.objectContaining({ code: '8310-5', unit: '[degF]' })]);
    // The team ends with the encounter.
    await kernel.execute(CloseEncounter, { encounterId: encounter.encounterId });
    expect(await rejection(kernel.ask(GetChart, { patientId }, { permissions: NURSE }))).toMatchObject({
      code: 'CARE_RELATIONSHIP_REQUIRED',
    });
  });

  it('codes problems with ICD-10: searches by code prefix and by words, and loads a hospital list', async () => {
    const byCode = await kernel.ask(SearchIcd10, { q: 'e11' });
    expect(byCode.items.map((i) => i.code)).toEqual(expect.arrayContaining(['E11.9', 'E11.65']));
    expect(byCode.items.every((i) => i.code.startsWith('E11'))).toBe(true);
    const byWords = await kernel.ask(SearchIcd10, { q: 'type 2 diab' });
    expect(byWords.items.map((i) => i.code)).toContain('E11.9');
    const patientId = randomUUID();
    expect(await rejection(kernel.execute(RecordProblem, { patientId, code: 'Q90.9' }))).toMatchObject({
      status: 404,
      code: 'UNKNOWN_ICD10_CODE',
    });
    await kernel.execute(LoadIcd10Codes, { codes: [{ code: 'Q90.9', title: 'Down syndrome, unspecified' }] });
    expect(await kernel.execute(RecordProblem, { patientId, code: 'Q90.9' })).toMatchObject({
      code: 'Q90.9',
      title: 'Down syndrome, unspecified',
    });
  });

  it('answers whether a plan is working in the chart', async () => {
    const patientId = randomUUID();
    await kernel.execute(StartPlan, {
      patientId,
      title: 'Blood pressure control',
      goals: [
        { description: 'Systolic below 140', target: { code: '8480-6', comparator: '<', value: 140, unit: 'mm[Hg]' } },
      ],
    });
    await kernel.execute(RecordObservation, { patientId, code: '8480-6', value: 160, unit: 'mm[Hg]' });
    kernel.clock.advance(HOUR);
    await kernel.execute(RecordObservation, { patientId, code: '8480-6', value: 148, unit: 'mm[Hg]' });
    const [plan] = (await chart(patientId)).plans as {
      assessment: { verdict: string; goals: { trend: string; met: boolean }[] };
    }[];
    expect(plan?.assessment).toMatchObject({ verdict: 'working', goals: [{ trend: 'improving', met: false }] });
  });

  it('writes the visit summary as JSON and as a well-formed PDF', async () => {
    const patientId = randomUUID();
    const { encounterId } = await kernel.execute(OpenEncounter, { patientId, class: 'outpatient' });
    await kernel.execute(RecordProblem, { patientId, code: 'J06.9', encounterId });
    await kernel.execute(RecordObservation, { patientId, code: '8310-5', value: 38.2, unit: 'Cel', encounterId });
    await kernel.execute(CloseEncounter, { encounterId });
    const { summary } = await kernel.ask(GetEncounterSummary, { encounterId });
    expect(summary.kind).toBe('visit-summary');
    expect(summary.diagnoses).toEqual([expect.objectContaining({ code: 'J06.9' })]);
    expect(summary.observations).toEqual([expect.objectContaining({ code: '8310-5', value: 38.2 })]);
    const { pdf } = await kernel.ask(GetEncounterSummary, { encounterId, format: 'pdf' });
    if (!pdf) throw new Error('Asked for format=pdf, got no PDF');
    const structure = readPdf(pdf);
    expect(structure.title).toBe('Visit summary');
    const texts = structure.pageTexts.flat();
    for (const heading of ['Diagnoses', 'Allergies and intolerances', 'Medications', 'Observations', 'Signed notes'])
      expect(texts).toContain(heading);
    expect(texts).toContain('Acute upper respiratory infection, unspecified');
    expect(texts).toContain('38.2 Cel');
  });
});
