import { ehrPlugin } from '@hms/plugin-ehr';
import { ListEncounters, OpenEncounter, RecordProblem } from '@hms/plugin-ehr/contracts';
import { adtPlugin } from '@hms/plugin-adt';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import { AdmitPatient, DefineWard, type WardView } from '@hms/plugin-adt/contracts';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import type { PluginDefinition } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { analyticsPlugin } from './plugin';
import { patientOutcomesReport } from './reports/patient-outcomes.report';

const NOW = '2026-04-14T10:00:00.000Z';
const DAY = { from: '2026-04-14', to: '2026-04-14' };

describe("most frequent diagnoses, from the EHR plugin's events", () => {
  let kernel: TestKernel;
  let ward: WardView;

  beforeAll(async () => {
    kernel = await createTestKernel({
      plugins: [
        patientPlugin,
        schedulingPlugin,
        adtPlugin,
        ehrPlugin as PluginDefinition,
        analyticsPlugin as PluginDefinition,
      ],
      now: NOW,
    });
    ward = await kernel.execute(DefineWard, {
      code: 'DX1',
      name: 'Medicine',
      specialty: 'Medicine',
      beds: ['1'],
    });
    const patients: string[] = [];
    for (let i = 1; i <= 3; i++) {
      patients.push(
        (
          (await kernel.execute(RegisterPatient, {
            givenName: 'Fictional',
            familyName: `Coded${i}`,
            birthDate: `198${i}-02-0${i}`,
            gender: 'unknown',
          })) as { id: string }
        ).id,
      );
    }
    const [inpatient, visitor, another] = patients as [string, string, string];
    await kernel.execute(AdmitPatient, {
      patientId: inpatient,
      wardId: ward.id,
      bedId: ward.beds[0]!.id,
      reason: { category: 'emergency' },
    });
    await kernel.settle(); // the EHR opens the inpatient encounter from the admission
    const [stay] = (await kernel.ask(ListEncounters, { patientId: inpatient })).items;
    const visit = await kernel.execute(OpenEncounter, { patientId: visitor, class: 'outpatient' });
    const third = await kernel.execute(OpenEncounter, { patientId: another, class: 'outpatient' });
    const diagnose = (
      patientId: string,
      code: string,
      encounterId?: string,
      kind: 'diagnosis' | 'problem' = 'diagnosis',
    ) => kernel.execute(RecordProblem, { patientId, code, kind, ...(encounterId ? { encounterId } : {}) });
    await diagnose(inpatient, 'I10', stay!.encounterId);
    await diagnose(inpatient, 'E11.9', stay!.encounterId);
    await diagnose(visitor, 'I10', visit.encounterId);
    await diagnose(visitor, 'E11.9', visit.encounterId, 'problem'); // a problem, not a diagnosis: not counted
    await diagnose(another, 'I10', third.encounterId);
    await diagnose(another, 'E11.9'); // outside an encounter: counts once on its own
    await kernel.settle();
  }, 60_000);
  afterAll(async () => {
    await kernel?.close();
  });

  const diagnoses = async (parameters: Record<string, unknown>) =>
    (await kernel.runReport(patientOutcomesReport, { ...DAY, ...parameters })).result.rows
      .filter((r) => r.section === 'Most frequent diagnoses')
      .map((r) => ({ code: r.subject, encounters: r.value, of: r.denominator }));

  it('counts each ICD-10 diagnosis once per encounter, most frequent first', async () => {
    expect(await diagnoses({})).toEqual([
      { code: 'I10', encounters: 3, of: 4 },
      { code: 'E11.9', encounters: 2, of: 4 },
    ]);
  });

  it('keeps only the inpatient encounters of stays on the ward when a ward is asked for', async () => {
    expect(await diagnoses({ wardId: ward.id })).toEqual([
      { code: 'E11.9', encounters: 1, of: 1 },
      { code: 'I10', encounters: 1, of: 1 },
    ]);
  });
});
