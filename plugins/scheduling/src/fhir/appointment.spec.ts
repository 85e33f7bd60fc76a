import { appointmentResource } from './appointment';

const base = {
  id: 'a1',
  patientId: 'p1',
  practitionerId: 'e1',
  type: 'follow-up',
  startsAt: '2026-03-02T09:00:00.000Z',
  endsAt: '2026-03-02T09:20:00.000Z',
  location: 'OPD 2',
  version: 3,
  bookedAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-02T10:00:00.000Z',
};

describe('an appointment as a FHIR Appointment', () => {
  it('names the patient, the practitioner and the place as participants', () => {
    expect(appointmentResource({ ...base, status: 'booked' })).toMatchObject({
      status: 'booked',
      meta: { versionId: '3' },
      minutesDuration: 20,
      participant: [
        { actor: { reference: 'Patient/p1' } },
        { actor: { reference: 'Practitioner/e1' } },
        { actor: { type: 'Location', display: 'OPD 2' } },
      ],
    });
  });

  it("maps the scheduling statuses to FHIR's, with the reason of a cancellation", () => {
    const statuses = (['checked-in', 'completed', 'no-show'] as const).map(
      (status) => appointmentResource({ ...base, status }).status,
    );
    expect(statuses).toEqual(['arrived', 'fulfilled', 'noshow']);
    expect(appointmentResource({ ...base, status: 'cancelled', cancelReason: 'patient-request' })).toMatchObject({
      status: 'cancelled',
      cancelationReason: { text: 'patient-request' },
    });
  });
});
