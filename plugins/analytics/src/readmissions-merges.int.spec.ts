import { adtPlugin } from '@hms/plugin-adt';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import { AdmitPatient, DefineWard, DischargePatient } from '@hms/plugin-adt/contracts';
import { MergePatients, UnmergePatient, RegisterPatient } from '@hms/plugin-patient/contracts';
import type { PluginDefinition, ReportResult } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { analyticsPlugin } from './plugin';
import { patientOutcomesReport } from './reports/patient-outcomes.report';

const DAY = 86_400_000;
const PERIOD = { from: '2026-04-01', to: '2026-04-30' };

/** The readmission figure of the outcomes report: [readmitted, index discharges]. */
const readmissions = (result: ReportResult) => {
  const row = result.rows.find((r) => r.section === 'Readmissions' && r.measure === '30-day readmission rate (%)');
  return [row?.numerator, row?.denominator];
};

// One person registered twice (a duplicate the front desk did not catch), admitted under the first record and
// readmitted under the second ten days after discharge: one readmission once the records are merged, as it is.
describe('readmissions of a person whose records were merged', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({
      plugins: [patientPlugin, schedulingPlugin, adtPlugin, analyticsPlugin as PluginDefinition],
      now: '2026-04-02T08:00:00.000Z',
    });
  });
  afterAll(async () => kernel?.close());

  it('counts a readmission under a duplicate record once the duplicate is merged into the record that stays', async () => {
    const ward = await kernel.execute(DefineWard, {
      code: 'M1',
      name: 'Medicine',
      specialty: 'medicine',
      beds: ['1', '2'],
    });
    const person = { givenName: 'Fictional', familyName: 'Twice', birthDate: '1950-03-03', gender: 'unknown' as const };
    const first = await kernel.execute(RegisterPatient, person);
    const duplicate = await kernel.execute(RegisterPatient, {
      ...person,
      givenName: 'Fictionall',
      overrideDuplicateCheck: true,
      duplicateOverrideReason: 'emergency-unidentified',
    });
    const admit = (patientId: string) =>
      kernel.execute(AdmitPatient, {
        patientId,
        wardId: ward.id,
        bedId: ward.beds[0]!.id,
        reason: { category: 'emergency' },
      });
    await admit(first.id);
    kernel.clock.advance(3 * DAY);
    await kernel.execute(DischargePatient, { patientId: first.id, disposition: 'home' });
    kernel.clock.advance(10 * DAY);
    await admit(duplicate.id);
    kernel.clock.advance(2 * DAY);
    await kernel.execute(DischargePatient, { patientId: duplicate.id, disposition: 'home' });
    await kernel.settle();
    expect(readmissions((await kernel.runReport(patientOutcomesReport, PERIOD)).result)).toEqual([0, 2]);

    await kernel.execute(MergePatients, {
      survivorId: first.id,
      mergedId: duplicate.id,
      reason: 'duplicate-registration',
    });
    await kernel.settle();
    expect(readmissions((await kernel.runReport(patientOutcomesReport, PERIOD)).result)).toEqual([1, 2]);

    // The merge was a mistake (two people after all): undone, the two stays are two people's again.
    await kernel.execute(UnmergePatient, { patientId: duplicate.id, reason: 'Different people: twins' });
    await kernel.settle();
    expect(readmissions((await kernel.runReport(patientOutcomesReport, PERIOD)).result)).toEqual([0, 2]);
  });
});
