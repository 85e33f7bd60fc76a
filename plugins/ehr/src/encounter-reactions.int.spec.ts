import { randomUUID } from 'node:crypto';
import { createTestKernel, readPdf, type TestKernel } from '@hms/sdk/testing';
import { AdmitPatient, DefineWard, DischargePatient } from '@hms/plugin-adt/contracts';
import { GetPatient, RegisterPatient } from '@hms/plugin-patient/contracts';
import { BookAppointment, CheckInAppointment, DefineSchedule } from '@hms/plugin-scheduling/contracts';
import { adtPlugin } from '@hms/plugin-adt';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import { CloseEncounter } from './contracts/commands';
import { GetEncounterSummary, ListEncounters } from './contracts/queries';
import { ehrPlugin } from './plugin';

/** Monday 2 March 2026: the clinic week of 9 March is in the future. */
const NOW = '2026-03-02T08:00:00.000Z';
const MORNINGS = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((dayOfWeek) => ({
  dayOfWeek,
  start: '09:00',
  end: '12:00',
  location: 'Outpatients, room 12',
}));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const localBirthDate = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
};

describe('encounters opened and closed by the patient plugin (reactions)', () => {
  let kernel: TestKernel;
  let registered = 0;
  const register = async (): Promise<string> => {
    const birthDate = new Date(Date.UTC(1950, 0, 1) + ++registered * 86_400_000).toISOString().slice(0, 10);
    const patient = await kernel.execute(RegisterPatient, {
      givenName: 'Demo',
      familyName: `Reaction${registered}`,
      birthDate,
      gender: 'female',
    });
    return patient.id;
  };
  const encounters = async (patientId: string) => (await kernel.ask(ListEncounters, { patientId })).items;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, schedulingPlugin, adtPlugin, ehrPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('opens an outpatient visit when the patient checks in, once however often the reaction runs', async () => {
    const practitionerId = randomUUID();
    await kernel.execute(DefineSchedule, {
      practitionerId,
      timeZone: 'Europe/Lisbon',
      weeklyAvailability: MORNINGS,
      appointmentTypes: [{ code: 'consultation', durationMinutes: 20 }],
    });
    const patientId = await register();
    const appointment = await kernel.execute(BookAppointment, {
      patientId,
      practitionerId,
      type: 'consultation',
      startsAt: '2026-03-09T09:00:00Z',
    });
    expect(await encounters(patientId)).toEqual([]);
    await kernel.execute(CheckInAppointment, { appointmentId: appointment.id });
    await kernel.settle();
    expect(await encounters(patientId)).toEqual([
      expect.objectContaining({ patientId, class: 'outpatient', status: 'open', appointmentId: appointment.id }),
    ]);
    // A re-run from an old checkpoint (a crash before it moved) replays the same command ids: nothing twice.
    await kernel.sql.query(
      `UPDATE core.projection_checkpoints SET transaction_id = '0', position = 0, position_floor = 0 WHERE name = 'reaction:ehr.encounters-from-patient-flow'`,
    );
    await kernel.settle();
    expect(await encounters(patientId)).toHaveLength(1);
  });

  it('opens an inpatient stay on admission and closes it on discharge', async () => {
    const ward = await kernel.execute(DefineWard, {
      code: 'EHR1',
      name: 'Ward EHR1',
      specialty: 'Medicine',
      beds: ['1'],
    });
    const patientId = await register();
    const bedId = ward.beds[0]!.id;
    const stay = (await kernel.execute(AdmitPatient, {
      patientId,
      wardId: ward.id,
      bedId,
      reason: { category: 'emergency', code: 'R07.4', text: 'Chest pain' },
    })) as { stayId: string };
    await kernel.settle();
    expect(await encounters(patientId)).toEqual([
      expect.objectContaining({ class: 'inpatient', status: 'open', stayId: stay.stayId, reason: 'emergency' }),
    ]);
    kernel.clock.advance(3 * 86_400_000);
    await kernel.execute(DischargePatient, { patientId, disposition: 'home' });
    await kernel.settle();
    expect(await encounters(patientId)).toEqual([
      expect.objectContaining({
        class: 'inpatient',
        status: 'closed',
        stayId: stay.stayId,
        closedAt: kernel.clock.now(),
      }),
    ]);
    const [closed] = await encounters(patientId);
    const { summary } = await kernel.ask(GetEncounterSummary, { encounterId: closed!.encounterId });
    expect(summary.kind).toBe('discharge-summary');
  });

  it('dates the stay from the admission and the discharge, not from when the reaction ran', async () => {
    const ward = await kernel.execute(DefineWard, {
      code: 'EHR9',
      name: 'Ward EHR9',
      specialty: 'Medicine',
      beds: ['1'],
    });
    const patientId = await register();
    kernel.clock.advance(2 * 60 * 60_000); // registered and the bed set up before the night's admission
    // Recorded at the desk an hour and a half after the patient was admitted in the night.
    const admittedAt = new Date(Date.parse(kernel.clock.now()) - 90 * 60_000).toISOString();
    await kernel.execute(AdmitPatient, {
      patientId,
      wardId: ward.id,
      bedId: ward.beds[0]!.id,
      reason: { category: 'emergency', code: 'R07.4', text: 'Chest pain' },
      admittedAt,
    });
    kernel.clock.advance(20 * 60_000); // the reaction runs later still
    await kernel.settle();
    expect(await encounters(patientId)).toEqual([expect.objectContaining({ status: 'open', openedAt: admittedAt })]);
    kernel.clock.advance(2 * 86_400_000);
    const dischargedAt = new Date(Date.parse(kernel.clock.now()) - 30 * 60_000).toISOString();
    await kernel.execute(DischargePatient, { patientId, disposition: 'home', dischargedAt });
    kernel.clock.advance(10 * 60_000);
    await kernel.settle();
    expect(await encounters(patientId)).toEqual([
      expect.objectContaining({ status: 'closed', openedAt: admittedAt, closedAt: dischargedAt }),
    ]);

    // The discharge summary on paper names the patient and prints the stay on the hospital's clock.
    const [stay] = await encounters(patientId);
    const patient = await kernel.ask(GetPatient, { id: patientId });
    const { pdf } = await kernel.ask(GetEncounterSummary, {
      encounterId: stay!.encounterId,
      format: 'pdf',
      timeZone: 'America/New_York',
    });
    const texts = readPdf(pdf!).pageTexts.flat().join('\n');
    expect(texts).toContain(`${patient.familyName.toUpperCase()}, Demo`);
    expect(texts).toContain(`MRN ${patient.mrn}`);
    expect(texts).toContain(`Born ${localBirthDate(patient.birthDate)}`);
    // Admitted at 08:30 UTC (03:30 in New York, on standard time in early March), discharged two days later at
    // 09:50 UTC (04:50 there); the day depends on how far earlier tests moved the clock.
    expect(texts).toMatch(/\d+ Mar 2026, 03:30 to \d+ Mar 2026, 04:50 \(times in America\/New_York\)/);
    expect(texts).not.toContain(admittedAt);
    expect(texts).not.toContain(`Patient ${patientId}`);
  });

  it('skips a command the domain refuses and carries on with later events', async () => {
    const patientId = await register();
    // A discharge whose stay the EHR never saw opened (the encounter was closed by hand first): the close is refused.
    const ward = await kernel.execute(DefineWard, {
      code: 'EHR2',
      name: 'Ward EHR2',
      specialty: 'Medicine',
      beds: ['1'],
    });
    await kernel.execute(AdmitPatient, {
      patientId,
      wardId: ward.id,
      bedId: ward.beds[0]!.id,
      reason: { category: 'elective', code: 'Z00.0', text: 'Check' },
    });
    await kernel.settle();
    const [open] = await encounters(patientId);
    await kernel.execute(CloseEncounter, { encounterId: open!.encounterId });
    await kernel.execute(DischargePatient, { patientId, disposition: 'home' });
    const later = await register();
    const ward3 = await kernel.execute(DefineWard, {
      code: 'EHR3',
      name: 'Ward EHR3',
      specialty: 'Medicine',
      beds: ['1'],
    });
    await kernel.execute(AdmitPatient, {
      patientId: later,
      wardId: ward3.id,
      bedId: ward3.beds[0]!.id,
      reason: { category: 'elective', code: 'Z00.0', text: 'Check' },
    });
    await kernel.settle();
    expect(await encounters(later)).toEqual([expect.objectContaining({ status: 'open' })]);
  });
});
