import { bookingStreams } from './appointment-slot';

const patientId = '7a1c1c9e-4a0e-4a57-9d0e-0c3f3e1f2a01';
const practitionerId = '0b6f7f0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c';

describe(bookingStreams.name, () => {
  it('names the patient, the schedule and the practitioner’s UTC day the slot starts on', () => {
    expect(bookingStreams(patientId, practitionerId, '2026-12-01T09:20:00.000Z')).toEqual([
      `patient.patient-${patientId}`,
      `patient.schedule-${practitionerId}`,
      `patient.practitioner-day-${practitionerId}-2026-12-01`,
    ]);
  });

  it('takes a slot starting at midnight UTC on that day, not the day before', () => {
    expect(bookingStreams(patientId, practitionerId, '2026-12-02T00:00:00.000Z')[2]).toBe(
      `patient.practitioner-day-${practitionerId}-2026-12-02`,
    );
  });
});
