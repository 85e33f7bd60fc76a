import { describe, expect, it } from 'vitest';
import type { AppointmentView } from '$lib/api/types';
import { arrivalsOf, calendarsForToday, todayRange } from './today';

const appointment = (id: string, startsAt: string, status: AppointmentView['status'] = 'booked'): AppointmentView =>
  ({ id, startsAt, status }) as AppointmentView;

describe("the home's today list", () => {
  it('shows a practitioner their own calendar only, whether they book or not', () => {
    expect(calendarsForToday(['a', 'b', 'c'], ['account-1', 'b'], true)).toEqual({
      mine: true,
      practitionerIds: ['b'],
    });
    expect(calendarsForToday(['a', 'b'], ['b'], false)).toEqual({ mine: true, practitionerIds: ['b'] });
  });

  it('shows the front desk every calendar, and someone who neither books nor has a calendar none', () => {
    expect(calendarsForToday(['a', 'b'], ['account-1'], true)).toEqual({ mine: false, practitionerIds: ['a', 'b'] });
    expect(calendarsForToday(['a', 'b'], ['account-1'], false)).toEqual({ mine: false, practitionerIds: [] });
  });

  it('asks for the local day, midnight to midnight', () => {
    const { from, to } = todayRange(new Date(2026, 2, 9, 15, 30));
    expect(new Date(from)).toEqual(new Date(2026, 2, 9));
    expect(new Date(to)).toEqual(new Date(2026, 2, 10));
  });

  it('merges the calendars by start time and leaves out cancelled appointments', () => {
    const merged = arrivalsOf([
      [appointment('1', '2026-03-09T10:00:00Z'), appointment('2', '2026-03-09T08:00:00Z', 'cancelled')],
      [appointment('3', '2026-03-09T09:00:00Z', 'checked-in')],
    ]);
    expect(merged.map((a) => a.id)).toEqual(['3', '1']);
  });
});
