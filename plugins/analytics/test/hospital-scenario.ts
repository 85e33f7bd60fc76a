import {
  AdmitPatient,
  DefineWard,
  DischargePatient,
  SetBedService,
  TransferPatient,
  type WardView,
} from '@hms/plugin-adt/contracts';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import {
  BookAppointment,
  CancelAppointment,
  CheckInAppointment,
  CompleteAppointment,
  DefineSchedule,
  RecordAppointmentNoShow,
  AddScheduleException,
} from '@hms/plugin-scheduling/contracts';
import type { CommandDefinition, InputOf, ResultOf } from '@hms/sdk';

/**
 * A small fictional hospital whose figures are known: two wards, seven stays (a transfer, a same-day discharge, a
 * death, a transfer out, readmissions, one stay still open), a bed out of service, and one practitioner's clinic.
 * The scenario runs through the patient plugin's real commands with a clock moved step by step; the expected
 * figures are computed below from the same data, in plain JavaScript, without the analytics read models.
 */
export const START = '2025-12-27T00:00:00.000Z';
export const NOW = '2026-02-10T12:00:00.000Z';
export const PERIOD = { from: '2026-01-01', to: '2026-01-31' };
export const PRACTITIONER = '7d3f4c1e-2b5a-4e6f-9a8b-1c2d3e4f5a6b';

export interface WardSpec {
  readonly code: string;
  readonly specialty: string;
  readonly beds: readonly string[];
}
export const WARDS: Readonly<Record<'A' | 'B', WardSpec>> = {
  A: { code: 'AMED', specialty: 'Medicine', beds: ['1', '2'] },
  B: { code: 'BSUR', specialty: 'Surgery', beds: ['1', '2'] },
};

export interface StaySpec {
  readonly patient: number;
  readonly ward: 'A' | 'B';
  readonly bed: string;
  readonly admittedAt: string;
  readonly transfer?: { readonly at: string; readonly ward: 'A' | 'B'; readonly bed: string };
  readonly discharge?: {
    readonly at: string;
    readonly disposition: 'home' | 'deceased' | 'transfer-to-other-facility';
  };
}
export const STAYS: readonly StaySpec[] = [
  {
    patient: 5,
    ward: 'A',
    bed: '1',
    admittedAt: '2025-12-28T10:00:00.000Z',
    discharge: { at: '2026-01-02T10:00:00.000Z', disposition: 'home' },
  },
  {
    patient: 1,
    ward: 'A',
    bed: '1',
    admittedAt: '2026-01-02T12:00:00.000Z',
    transfer: { at: '2026-01-04T12:00:00.000Z', ward: 'B', bed: '1' },
    discharge: { at: '2026-01-06T08:00:00.000Z', disposition: 'home' },
  },
  {
    patient: 2,
    ward: 'A',
    bed: '2',
    admittedAt: '2026-01-03T10:00:00.000Z',
    discharge: { at: '2026-01-03T16:00:00.000Z', disposition: 'home' },
  },
  {
    patient: 1,
    ward: 'A',
    bed: '1',
    admittedAt: '2026-01-10T08:00:00.000Z',
    discharge: { at: '2026-01-12T08:00:00.000Z', disposition: 'deceased' },
  },
  {
    patient: 3,
    ward: 'A',
    bed: '2',
    admittedAt: '2026-01-14T00:00:00.000Z',
    discharge: { at: '2026-01-20T12:00:00.000Z', disposition: 'transfer-to-other-facility' },
  },
  { patient: 4, ward: 'B', bed: '2', admittedAt: '2026-01-25T06:00:00.000Z' },
  {
    patient: 2,
    ward: 'A',
    bed: '2',
    admittedAt: '2026-01-30T08:00:00.000Z',
    discharge: { at: '2026-01-31T08:00:00.000Z', disposition: 'home' },
  },
  { patient: 5, ward: 'A', bed: '1', admittedAt: '2026-02-10T09:00:00.000Z' },
];
/** Bed A-2 out of service for two days. */
export const OUTAGE = {
  ward: 'A' as const,
  bed: '2',
  from: '2026-01-21T00:00:00.000Z',
  to: '2026-01-23T00:00:00.000Z',
};

/** Monday to Friday 09:00–12:00 UTC, 30-minute consultations; away on Monday 19 January. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
export const AWAY = '2026-01-19';
export interface AppointmentSpec {
  readonly patient: number;
  readonly startsAt: string;
  readonly outcome: 'completed' | 'no-show' | 'cancelled' | 'booked';
}
export const APPOINTMENTS: readonly AppointmentSpec[] = [
  { patient: 1, startsAt: '2026-01-05T09:00:00.000Z', outcome: 'completed' },
  { patient: 2, startsAt: '2026-01-05T09:30:00.000Z', outcome: 'no-show' },
  { patient: 3, startsAt: '2026-01-06T10:00:00.000Z', outcome: 'cancelled' },
  { patient: 4, startsAt: '2026-01-07T11:00:00.000Z', outcome: 'completed' },
  { patient: 5, startsAt: '2026-01-08T09:00:00.000Z', outcome: 'no-show' },
  { patient: 3, startsAt: '2026-02-02T09:00:00.000Z', outcome: 'booked' },
];
export const APPOINTMENT_MINUTES = 30;

/** What the scenario needs from a kernel: commands as a privileged user, and a clock it can move forward. */
export interface ScenarioKernel {
  execute<C extends CommandDefinition>(command: C, data: InputOf<C>): Promise<ResultOf<C>>;
  advanceTo(at: string): void;
}

export interface PlayedScenario {
  readonly wards: Readonly<Record<'A' | 'B', WardView>>;
  readonly patients: readonly string[];
}

/** Runs the scenario's commands in time order, the clock moved to each step's time first. */
export async function playScenario(kernel: ScenarioKernel): Promise<PlayedScenario> {
  kernel.advanceTo(START);
  const wards = {
    A: await kernel.execute(DefineWard, {
      code: WARDS.A.code,
      name: 'Medicine',
      specialty: WARDS.A.specialty,
      beds: [...WARDS.A.beds],
    }),
    B: await kernel.execute(DefineWard, {
      code: WARDS.B.code,
      name: 'Surgery',
      specialty: WARDS.B.specialty,
      beds: [...WARDS.B.beds],
    }),
  };
  const bed = (ward: 'A' | 'B', label: string) => wards[ward].beds.find((b) => b.label === label)!.id;
  const patients: string[] = [''];
  for (let i = 1; i <= 5; i++) {
    const registered = await kernel.execute(RegisterPatient, {
      givenName: 'Fictional',
      familyName: `Scenario${i}`,
      birthDate: `19${50 + i}-0${i}-1${i}`,
      gender: 'unknown',
    });
    patients.push(registered.id);
  }
  await kernel.execute(DefineSchedule, {
    practitionerId: PRACTITIONER,
    timeZone: 'UTC',
    weeklyAvailability: WEEKDAYS.map((dayOfWeek) => ({
      dayOfWeek,
      start: '09:00',
      end: '12:00',
      location: 'Clinic 1',
    })),
    appointmentTypes: [{ code: 'consultation', durationMinutes: APPOINTMENT_MINUTES }],
  });
  await kernel.execute(AddScheduleException, { practitionerId: PRACTITIONER, from: AWAY, to: AWAY, reason: 'leave' });
  const steps: { at: string; run: () => Promise<unknown> }[] = [];
  for (const a of APPOINTMENTS) {
    const booked = await kernel.execute(BookAppointment, {
      patientId: patients[a.patient]!,
      practitionerId: PRACTITIONER,
      type: 'consultation',
      startsAt: a.startsAt,
    });
    const appointmentId = booked.id;
    const at = new Date(Date.parse(a.startsAt) + 5 * 60_000).toISOString();
    if (a.outcome === 'completed') {
      steps.push({
        at,
        run: async () => {
          await kernel.execute(CheckInAppointment, { appointmentId });
          await kernel.execute(CompleteAppointment, { appointmentId });
        },
      });
    } else if (a.outcome === 'no-show') {
      steps.push({ at, run: () => kernel.execute(RecordAppointmentNoShow, { appointmentId }) });
    } else if (a.outcome === 'cancelled') {
      await kernel.execute(CancelAppointment, { appointmentId, reason: 'patient-request' });
    }
  }
  for (const s of STAYS) {
    const patientId = patients[s.patient]!;
    steps.push({
      at: s.admittedAt,
      run: () =>
        kernel.execute(AdmitPatient, {
          patientId,
          wardId: wards[s.ward].id,
          bedId: bed(s.ward, s.bed),
          reason: { category: 'emergency' },
        }),
    });
    const transfer = s.transfer;
    if (transfer) {
      steps.push({
        at: transfer.at,
        run: () =>
          kernel.execute(TransferPatient, {
            patientId,
            toWardId: wards[transfer.ward].id,
            toBedId: bed(transfer.ward, transfer.bed),
            reason: { category: 'step-down' },
          }),
      });
    }
    const discharge = s.discharge;
    if (discharge)
      steps.push({
        at: discharge.at,
        run: () => kernel.execute(DischargePatient, { patientId, disposition: discharge.disposition }),
      });
  }
  const outage = { wardId: wards[OUTAGE.ward].id, bedId: bed(OUTAGE.ward, OUTAGE.bed) };
  steps.push({
    at: OUTAGE.from,
    run: () => kernel.execute(SetBedService, { ...outage, inService: false, reason: 'cleaning' }),
  });
  steps.push({ at: OUTAGE.to, run: () => kernel.execute(SetBedService, { ...outage, inService: true }) });
  steps.push({ at: NOW, run: async () => undefined });
  steps.sort((a, b) => a.at.localeCompare(b.at));
  for (const step of steps) {
    kernel.advanceTo(step.at);
    await step.run();
  }
  return { wards, patients };
}
