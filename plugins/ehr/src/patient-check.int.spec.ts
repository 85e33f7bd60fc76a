import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { MergePatients, RegisterPatient } from '@hms/plugin-patient/contracts';
import { adtPlugin } from '@hms/plugin-adt';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import {
  CreateNote,
  OpenEncounter,
  PrescribeMedication,
  RecordAllergy,
  RecordObservation,
  RecordProblem,
  StartPlan,
} from './contracts/commands';
import { ENCOUNTER_MANAGE } from './contracts/permissions';
import { GetChart } from './contracts/queries';
import { chartStream } from './domain/streams';
import { ehrPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const rejection = (
  promise: Promise<unknown>,
): Promise<{ status?: number; code?: string; details?: unknown; message?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string }) => error,
  );

/** Every command that starts something in a patient's clinical record, for a patient id. */
const creations = (patientId: string) =>
  [
    [OpenEncounter, { patientId, class: 'outpatient' }],
    [CreateNote, { patientId, title: 'Visit note' }],
    [RecordProblem, { patientId, code: 'I10' }],
    [RecordAllergy, { patientId, substance: 'Latex', category: 'environment', criticality: 'low' }],
    [
      PrescribeMedication,
      {
        patientId,
        medication: 'Paracetamol 500 mg tablet',
        dosage: { dose: '1 g', route: 'oral', frequency: 'as needed' },
      },
    ],
    [RecordObservation, { patientId, code: '8867-4', value: 72, unit: '/min' }],
    [StartPlan, { patientId, title: 'Lower blood pressure', goals: [{ description: 'Systolic below 140' }] }],
  ] as const;

describe('the EHR files only under patient ids the patient plugin knows', () => {
  let kernel: TestKernel;
  let registered = 0;
  const register = async (): Promise<string> =>
    (
      await kernel.execute(RegisterPatient, {
        givenName: 'Fictional',
        familyName: `Checked${++registered}`,
        birthDate: `196${registered}-01-0${registered}`,
        gender: 'male',
      })
    ).id;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, schedulingPlugin, adtPlugin, ehrPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('refuses an encounter, note or chart entry for an unknown patient id with a 404, appending nothing', async () => {
    const unknown = randomUUID();
    for (const [command, data] of creations(unknown)) {
      expect(await rejection(kernel.execute(command, data as never))).toMatchObject({
        status: 404,
        code: 'PATIENT_NOT_FOUND',
        details: { patientId: unknown },
      });
    }
    expect(await kernel.readStream(chartStream(unknown))).toEqual([]);
    expect(await kernel.sql.query('SELECT 1 FROM ehr.encounters WHERE patient_id = $1', [unknown])).toEqual([]);
  });

  it('files them for a registered patient, and audits the check with the patient id and the asking command', async () => {
    const patientId = await register();
    for (const [command, data] of creations(patientId)) await kernel.execute(command, data as never);
    expect((await kernel.readStream(chartStream(patientId))).length).toBe(creations(patientId).length - 1);
    const checks = await kernel.sql.query<{ details: { askedFor: string } }>(
      `SELECT details FROM core.audit_log WHERE action = 'patient.ResolvePatient' AND $1 = ANY(patient_ids) AND outcome = 'success'`,
      [patientId],
    );
    expect(checks.map((c) => c.details.askedFor).sort()).toEqual(
      creations(patientId)
        .map(([command]) => command.type)
        .sort(),
    );
  });

  it('answers 404 for the chart of an unknown patient id, and an empty chart for a registered patient with nothing on it', async () => {
    expect(await rejection(kernel.ask(GetChart, { patientId: randomUUID() }))).toMatchObject({
      status: 404,
      code: 'PATIENT_NOT_FOUND',
    });
    expect(await rejection(kernel.ask(GetChart, { patientId: randomUUID(), asOf: NOW }))).toMatchObject({
      status: 404,
    });
    const patientId = await register();
    expect(await kernel.ask(GetChart, { patientId })).toMatchObject({
      patientId,
      problems: [],
      allergies: [],
      medications: [],
    });
  });

  it('refuses a merged-away record, naming the record it was merged into', async () => {
    const [survivorId, mergedId] = [await register(), await register()];
    await kernel.execute(MergePatients, { survivorId, mergedId, reason: 'duplicate-registration' });
    const refusal = await rejection(kernel.execute(OpenEncounter, { patientId: mergedId, class: 'outpatient' }));
    expect(refusal).toMatchObject({
      status: 422,
      code: 'PATIENT_MERGED',
      details: { patientId: mergedId, mergedInto: survivorId },
    });
    expect(refusal.message).toContain(survivorId);
    expect(await kernel.sql.query('SELECT 1 FROM ehr.encounters WHERE patient_id = $1', [mergedId])).toEqual([]);
    expect(await kernel.execute(OpenEncounter, { patientId: survivorId, class: 'outpatient' })).toMatchObject({
      patientId: survivorId,
    });
  });

  it("refuses a user who may open encounters but not look up patients: the check runs with the user's own permissions", async () => {
    const patientId = await register();
    const refusal = await rejection(
      kernel.execute(
        OpenEncounter,
        { patientId, class: 'outpatient' },
        // Unrestricted by care relationships: only the patient plugin's own permission is under test here.
        { permissions: [ENCOUNTER_MANAGE.name, 'core:care:unrestricted'] },
      ),
    );
    expect(refusal).toMatchObject({ status: 403, code: 'PERMISSION_REQUIRED' });
  });
});

describe('the EHR without the patient plugin', () => {
  it('keeps working on its own, trusting the ids it is given', async () => {
    const kernel = await createTestKernel({ plugins: [ehrPlugin], now: NOW });
    try {
      const patientId = randomUUID();
      expect(await kernel.execute(OpenEncounter, { patientId, class: 'outpatient' })).toMatchObject({
        patientId,
        status: 'open',
      });
      expect(await kernel.execute(RecordProblem, { patientId, code: 'I10' })).toMatchObject({ code: 'I10' });
    } finally {
      await kernel.close();
    }
  });
});
