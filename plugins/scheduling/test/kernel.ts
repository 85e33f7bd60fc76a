import type { TestKernel } from '@hms/sdk/testing';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { BookAppointment, DefineSchedule } from '../src/contracts/commands';
import { CONSULTATION, FOLLOW_UP, registration, WEEKDAY_MORNINGS } from './builders';

/** Helpers for scheduling tests on the real kernel. */
export function schedulingHelpers(kernel: () => TestKernel) {
  let registered = 0;
  return {
    /** A made-up patient with a birth date of their own, so duplicate detection never holds them up. */
    async registerPatient(familyName: string): Promise<string> {
      const birthDate = new Date(Date.UTC(1940, 0, 1) + registered++ * 86_400_000).toISOString().slice(0, 10);
      const patient = await kernel().execute(RegisterPatient, registration({ familyName, birthDate }));
      return patient.id;
    },
    defineSchedule: (practitionerId: string, timeZone = 'Europe/Lisbon') =>
      kernel().execute(DefineSchedule, {
        practitionerId,
        timeZone,
        weeklyAvailability: WEEKDAY_MORNINGS,
        appointmentTypes: [CONSULTATION, FOLLOW_UP],
      }),
    book: async (patientId: string, practitionerId: string, startsAt: string, type = 'consultation') =>
      await kernel().execute(BookAppointment, { patientId, practitionerId, type, startsAt }),
  };
}

export const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );
