import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { GetPatientTimeline, type PatientTimeline, RegisterPatient } from '@hms/plugin-patient/contracts';
import { registration } from '../test/builders';
import { AdmitPatient, DefineWard, DischargePatient, TransferPatient } from './contracts/commands';
import { adtPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const MINUTE = 60_000;

describe("the patient's own stays on the patient's timeline", () => {
  let kernel: TestKernel;
  let patientId: string;
  let stayId: string;
  const timeline = async (): Promise<PatientTimeline> => await kernel.ask(GetPatientTimeline, { id: patientId });

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, adtPlugin], now: NOW });
    patientId = (await kernel.execute(RegisterPatient, registration({ familyName: 'Timeline' }))).id;
    const ward = await kernel.execute(DefineWard, {
      code: 'TL1',
      name: 'Timeline ward',
      specialty: 'Medicine',
      beds: ['1', '2'],
    });
    const [first, second] = ward.beds;
    kernel.clock.advance(MINUTE);
    stayId = (
      await kernel.execute(AdmitPatient, {
        patientId,
        wardId: ward.id,
        bedId: first!.id,
        reason: { category: 'emergency', code: 'R07.4', text: 'Chest pain' },
      })
    ).stayId;
    kernel.clock.advance(MINUTE);
    await kernel.execute(TransferPatient, {
      patientId,
      toWardId: ward.id,
      toBedId: second!.id,
      reason: { category: 'clinical-need', text: 'Needs monitoring' },
    });
    kernel.clock.advance(MINUTE);
    await kernel.execute(DischargePatient, { patientId, disposition: 'home', note: 'Home with family' });
    await kernel.settle();
  });
  afterAll(async () => kernel?.close());

  it('shows admission, transfer and discharge in time order, codes and ids only', async () => {
    const { entries } = await timeline();
    expect(entries.map((e) => e.type)).toEqual([
      'patient.PatientRegistered',
      'patient.PatientAdmitted',
      'patient.PatientTransferred',
      'patient.PatientDischarged',
    ]);
    const times = entries.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(entries.find((e) => e.type === 'patient.PatientDischarged')?.summary).toEqual({
      stayId,
      disposition: 'home',
    });
    // Free text (the admission's and transfer's words, the discharge note) stays in the stay's record.
    const shown = JSON.stringify(entries);
    for (const text of ['Chest pain', 'Needs monitoring', 'Home with family']) expect(shown).not.toContain(text);
  });

  it('gives the same timeline after a rebuild from the events', async () => {
    const before = await timeline();
    await kernel.rebuildProjection('patient.timeline');
    expect(await timeline()).toEqual(before);
  });
});
