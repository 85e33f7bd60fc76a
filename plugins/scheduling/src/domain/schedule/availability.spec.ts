import { CONSULTATION, FOLLOW_UP, LOCATION, PRACTITIONER_ID, schedule } from '../../../test/builders';
import { freeSlots, slotAt, windowsOn, type Interval, type Slot } from './availability';

const at = (text: string): number => Date.parse(text);
const starts = (slots: readonly Slot[]): string[] => slots.map((s) => new Date(s.start).toISOString());
const rejection = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('availability', () => {
  describe('across the March DST change in Europe/Lisbon', () => {
    const lisbon = schedule({ timeZone: 'Europe/Lisbon' });

    it('keeps clinic hours at 09:00 local: 09:00Z on Friday, 08:00Z on the Monday after', () => {
      const slots = freeSlots(lisbon, 'consultation', { from: '2026-03-27', to: '2026-03-30', notBefore: 0 }, []);
      const friday = slots.filter((s) => s.start < at('2026-03-28T00:00:00Z'));
      const monday = slots.filter((s) => s.start >= at('2026-03-30T00:00:00Z'));
      expect(starts(friday).slice(0, 2)).toEqual(['2026-03-27T09:00:00.000Z', '2026-03-27T09:20:00.000Z']);
      expect(starts(friday).at(-1)).toBe('2026-03-27T11:40:00.000Z');
      expect(starts(monday).slice(0, 2)).toEqual(['2026-03-30T08:00:00.000Z', '2026-03-30T08:20:00.000Z']);
      expect(starts(monday).at(-1)).toBe('2026-03-30T10:40:00.000Z');
      expect(friday).toHaveLength(9);
      expect(monday).toHaveLength(9);
      expect(slots).toHaveLength(18); // nothing on the weekend
    });

    it('gives a window spanning the change its real length (00:30–03:00 local lasts an hour and a half)', () => {
      const night = schedule({
        weeklyAvailability: [{ dayOfWeek: 'sunday', start: '00:30', end: '03:00', location: 'Emergency clinic' }],
      });
      expect(windowsOn(night, '2026-03-29')).toEqual([
        { start: at('2026-03-29T00:30:00Z'), end: at('2026-03-29T02:00:00Z'), location: 'Emergency clinic' },
      ]);
      const slots = freeSlots(night, 'consultation', { from: '2026-03-29', to: '2026-03-29', notBefore: 0 }, []);
      expect(starts(slots)).toEqual([
        '2026-03-29T00:30:00.000Z',
        '2026-03-29T00:50:00.000Z',
        '2026-03-29T01:10:00.000Z',
        '2026-03-29T01:30:00.000Z',
      ]);
    });

    it('accepts a booking at 09:00 local after the change and refuses 08:30 local', () => {
      expect(slotAt(lisbon, 'consultation', at('2026-03-30T08:00:00Z'))).toEqual({
        practitionerId: PRACTITIONER_ID,
        type: 'consultation',
        start: at('2026-03-30T08:00:00Z'),
        end: at('2026-03-30T08:20:00Z'),
        location: LOCATION,
      });
      expect(rejection(() => slotAt(lisbon, 'consultation', at('2026-03-30T07:30:00Z')))).toMatchObject({
        code: 'OUTSIDE_AVAILABILITY',
        status: 422,
      });
    });
  });

  describe('freeSlots', () => {
    const monday = { from: '2026-03-09', to: '2026-03-09', notBefore: 0 };

    it('subtracts booked intervals, starting the next slot where a booking ends', () => {
      const booked: Interval[] = [
        { start: at('2026-03-09T09:00:00Z'), end: at('2026-03-09T09:10:00Z') },
        { start: at('2026-03-09T09:50:00Z'), end: at('2026-03-09T11:30:00Z') },
      ];
      expect(starts(freeSlots(schedule(), 'consultation', monday, booked))).toEqual([
        '2026-03-09T09:10:00.000Z',
        '2026-03-09T09:30:00.000Z',
        '2026-03-09T11:30:00.000Z',
      ]);
    });

    it('steps by the type’s duration and leaves out times already past', () => {
      const slots = freeSlots(schedule(), 'follow-up', { ...monday, notBefore: at('2026-03-09T11:35:00Z') }, []);
      expect(starts(slots)).toEqual(['2026-03-09T11:40:00.000Z', '2026-03-09T11:50:00.000Z']);
      expect(slots[0]).toMatchObject({ end: at('2026-03-09T11:50:00Z'), type: FOLLOW_UP.code });
    });

    it('offers nothing on days of leave, and uses each window’s room', () => {
      const away = schedule({
        exceptions: [{ exceptionId: 'x', from: '2026-03-09', to: '2026-03-10', reason: 'leave' }],
      });
      expect(
        freeSlots(away, 'consultation', { from: '2026-03-09', to: '2026-03-11', notBefore: 0 }, []).map(
          (s) => s.location,
        ),
      ).toEqual([...Array<string>(9).fill(LOCATION), ...Array<string>(6).fill('Outpatients, room 3')]);
      expect(rejection(() => slotAt(away, 'consultation', at('2026-03-09T09:00:00Z')))).toMatchObject({
        code: 'OUTSIDE_AVAILABILITY',
      });
    });
  });

  describe('slotAt', () => {
    it('accepts any start whose whole appointment fits in a window', () => {
      expect(slotAt(schedule(), 'consultation', at('2026-03-09T09:05:00Z')).end).toBe(at('2026-03-09T09:25:00Z'));
      expect(slotAt(schedule(), 'consultation', at('2026-03-09T11:40:00Z')).end).toBe(at('2026-03-09T12:00:00Z'));
    });

    it('refuses one running past the window’s end, and an unknown type', () => {
      expect(rejection(() => slotAt(schedule(), 'consultation', at('2026-03-09T11:45:00Z')))).toMatchObject({
        code: 'OUTSIDE_AVAILABILITY',
      });
      expect(rejection(() => slotAt(schedule(), 'surgery', at('2026-03-09T09:00:00Z')))).toMatchObject({
        code: 'UNKNOWN_APPOINTMENT_TYPE',
        status: 422,
      });
    });
  });

  it('generates a year of a practitioner’s slots quickly', () => {
    const started = performance.now();
    const slots = freeSlots(schedule(), CONSULTATION.code, { from: '2026-01-01', to: '2026-12-31', notBefore: 0 }, []);
    expect(slots.length).toBeGreaterThan(2000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
