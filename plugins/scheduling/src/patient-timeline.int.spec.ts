import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { GetPatientTimeline, type PatientTimeline } from '@hms/plugin-patient/contracts';
import { PRACTITIONER_ID, STARTS_AT } from '../test/builders';
import { schedulingHelpers } from '../test/kernel';
import { CancelAppointment } from './contracts/commands';
import { schedulingPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const MINUTE = 60_000;

describe("the patient's own appointments on the patient's timeline", () => {
  let kernel: TestKernel;
  const helpers = schedulingHelpers(() => kernel);
  let patientId: string;
  let appointmentId: string;
  const timeline = async (): Promise<PatientTimeline> => await kernel.ask(GetPatientTimeline, { id: patientId });

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, schedulingPlugin], now: NOW });
    patientId = await helpers.registerPatient('Timeline');
    await helpers.defineSchedule(PRACTITIONER_ID);
    kernel.clock.advance(MINUTE);
    appointmentId = (await helpers.book(patientId, PRACTITIONER_ID, STARTS_AT)).id;
    kernel.clock.advance(MINUTE);
    await kernel.execute(CancelAppointment, { appointmentId, reason: 'patient-request' });
    await kernel.settle();
  });
  afterAll(async () => kernel?.close());

  it('shows booking and cancellation in time order, codes and ids only', async () => {
    const { entries } = await timeline();
    expect(entries.map((e) => e.type)).toEqual([
      'patient.PatientRegistered',
      'patient.AppointmentBooked',
      'patient.AppointmentCancelled',
    ]);
    const times = entries.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(entries.find((e) => e.type === 'patient.AppointmentBooked')?.summary).toEqual({
      appointmentId,
      type: 'consultation',
      startsAt: STARTS_AT,
    });
    expect(entries.find((e) => e.type === 'patient.AppointmentCancelled')?.summary).toEqual({
      appointmentId,
      reason: 'patient-request',
    });
  });

  it('gives the same timeline after a rebuild from the events', async () => {
    const before = await timeline();
    await kernel.rebuildProjection('patient.timeline');
    expect(await timeline()).toEqual(before);
  });
});
