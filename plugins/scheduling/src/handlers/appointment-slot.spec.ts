import { bookingStreams } from './appointment-slot';

const practitionerId = '0b6f7f0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c';

describe(bookingStreams.name, () => {
  it('names the schedule and the practitioner’s UTC day the slot starts on (stream ids as released in 1.x)', () => {
    expect(bookingStreams(practitionerId, '2026-12-01T09:20:00.000Z')).toEqual([
      `patient.schedule-${practitionerId}`,
      `patient.practitioner-day-${practitionerId}-2026-12-01`,
    ]);
  });

  it('takes a slot starting at midnight UTC on that day, not the day before', () => {
    expect(bookingStreams(practitionerId, '2026-12-02T00:00:00.000Z')[1]).toBe(
      `patient.practitioner-day-${practitionerId}-2026-12-02`,
    );
  });
});
