import { describe, expect, it } from 'vitest';
import type { AppointmentView } from '$lib/api/types';
import { sameDayAppointments } from './same-day';

const at = (day: number, hour: number): string => new Date(2026, 2, day, hour, 0).toISOString();
const appointment = (id: string, startsAt: string, status: AppointmentView['status'] = 'booked'): AppointmentView => ({
  id,
  patientId: '7d7c3a4e-2222-4a4a-8a8a-000000000001',
  practitionerId: '7d7c3a4e-2222-4a4a-8a8a-000000000002',
  type: 'consult',
  startsAt,
  endsAt: startsAt,
  location: 'Room 1',
  status,
  version: 1,
  bookedAt: startsAt,
  updatedAt: startsAt,
});

describe('a second appointment the same day', () => {
  it("finds the patient's other appointments on the local day of the chosen time, earliest first", () => {
    const found = sameDayAppointments(
      [appointment('late', at(10, 16)), appointment('early', at(10, 8)), appointment('next day', at(11, 8))],
      at(10, 11),
    );
    expect(found.map((a) => a.id)).toEqual(['early', 'late']);
  });

  it('ignores a cancelled or missed appointment, but not one attended', () => {
    const found = sameDayAppointments(
      [
        appointment('cancelled', at(10, 8), 'cancelled'),
        appointment('missed', at(10, 9), 'no-show'),
        appointment('seen', at(10, 10), 'completed'),
      ],
      at(10, 15),
    );
    expect(found.map((a) => a.id)).toEqual(['seen']);
  });
});
