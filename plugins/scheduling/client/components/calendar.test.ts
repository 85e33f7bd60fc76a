import { describe, expect, it } from 'vitest';
import type { AppointmentView } from '$lib/api/types';
import { fromLegacyEntry } from '$lib/stores/legacy-outbox';
import type { OutboxEntry } from '$lib/stores/outbox';
import {
  addDays,
  daysOf,
  isoDate,
  layoutDay,
  overlayOutbox,
  parseIsoDate,
  startOfWeek,
  visibleHours,
} from './calendar';

const DOC = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const day = new Date(2026, 2, 10); // a Tuesday, local time
const at = (h: number, m = 0) => new Date(2026, 2, 10, h, m).toISOString();

function appointment(
  id: string,
  from: [number, number],
  to: [number, number],
  status: AppointmentView['status'] = 'booked',
): AppointmentView {
  return {
    id,
    patientId: `patient-${id}`,
    practitionerId: DOC,
    type: 'consultation',
    startsAt: at(...from),
    endsAt: at(...to),
    location: 'Room 1',
    status,
    version: 1,
    bookedAt: at(7),
    updatedAt: at(7),
  };
}
/** Written as the old outbox kept them, converted as an upgraded client reads them: the calendar shows both alike. */
function entry(kind: string, payload: Record<string, unknown>, status: OutboxEntry['status'] = 'waiting'): OutboxEntry {
  return fromLegacyEntry({
    id: `entry-${kind}-${status}`,
    kind,
    payload,
    createdAt: at(8),
    status,
    attempts: status === 'rejected' ? 1 : 0,
    ...(status === 'rejected' ? { rejection: { status: 409, code: 'SLOT_TAKEN', message: 'taken' } } : {}),
  });
}

describe('overlayOutbox', () => {
  const server = [appointment('a', [9, 0], [9, 30]), appointment('b', [10, 0], [10, 30])];

  it('shows a waiting booking at its time, marked pending, among the server appointments', () => {
    const booking = entry('appointment.book', {
      body: { patientId: 'p-new', practitionerId: DOC, type: 'follow-up', startsAt: at(9, 30) },
      endsAt: at(10),
      location: 'Room 2',
    });
    const { items, rejections } = overlayOutbox(DOC, server, [booking]);
    expect(items.map((i) => [i.id, i.pending ?? false])).toEqual([
      ['a', false],
      [booking.id, true],
      ['b', false],
    ]);
    expect(items[1]).toMatchObject({ patientId: 'p-new', status: 'booked', location: 'Room 2', endsAt: at(10) });
    expect(rejections).toEqual([]);
  });

  it('shows the outcome of a waiting check-in or cancellation already', () => {
    const { items } = overlayOutbox(DOC, server, [
      entry('appointment.check-in', { appointmentId: 'a', practitionerId: DOC }),
      entry('appointment.cancel', { appointmentId: 'b', practitionerId: DOC, reason: 'patient-request' }),
    ]);
    expect(items.map((i) => [i.id, i.status, i.pending])).toEqual([
      ['a', 'checked-in', true],
      ['b', 'cancelled', true],
    ]);
  });

  it("leaves the server's state alone for refused commands and lists them to be explained", () => {
    const refused = entry(
      'appointment.book',
      {
        body: { patientId: 'p-new', practitionerId: DOC, type: 'follow-up', startsAt: at(9) },
        endsAt: at(9, 30),
        location: 'Room 1',
      },
      'rejected',
    );
    const refusedStep = entry('appointment.no-show', { appointmentId: 'a', practitionerId: DOC }, 'rejected');
    const { items, rejections } = overlayOutbox(DOC, server, [refused, refusedStep]);
    expect(items).toEqual(server);
    expect(rejections.map((r) => [r.command, r.rejection.code])).toEqual([
      ['scheduling.BookAppointment', 'SLOT_TAKEN'],
      ['scheduling.RecordAppointmentNoShow', 'SLOT_TAKEN'],
    ]);
  });

  it("ignores other practitioners' commands", () => {
    const elsewhere = entry('appointment.book', {
      body: { patientId: 'p', practitionerId: OTHER, type: 'x', startsAt: at(11) },
      endsAt: at(12),
      location: 'R',
    });
    expect(overlayOutbox(DOC, server, [elsewhere]).items).toHaveLength(2);
  });
});

describe('layoutDay', () => {
  const dayStart = new Date(2026, 2, 10, 8);
  const dayEnd = new Date(2026, 2, 10, 18);
  const slot = (id: string, from: [number, number], to: [number, number]) => ({
    id,
    startsAt: at(...from),
    endsAt: at(...to),
  });

  it('places appointments by their minutes from the top of the day', () => {
    const [placed] = layoutDay([slot('a', [9, 15], [10, 0])], dayStart, dayEnd);
    expect(placed).toMatchObject({ top: 75, height: 45, lane: 0, lanes: 1 });
  });

  it('puts overlapping appointments side by side, and reuses a lane once it is free', () => {
    const placed = layoutDay(
      [
        slot('a', [9, 0], [10, 0]),
        slot('b', [9, 30], [10, 30]),
        slot('c', [10, 0], [10, 15]),
        slot('d', [11, 0], [11, 30]),
      ],
      dayStart,
      dayEnd,
    );
    expect(placed.map((p) => [p.item.id, p.lane, p.lanes])).toEqual([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 0, 2],
      ['d', 0, 1],
    ]);
  });

  it('cuts appointments at the edges of the day and leaves out those outside it', () => {
    const placed = layoutDay([slot('early', [7, 30], [8, 30]), slot('late', [18, 0], [19, 0])], dayStart, dayEnd);
    expect(placed.map((p) => [p.item.id, p.top, p.height])).toEqual([['early', 0, 30]]);
  });
});

describe('days and dates', () => {
  it('shows Monday to Sunday in a week view and the one day in a day view', () => {
    const week = daysOf('week', day);
    expect(week.map(isoDate)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
    expect(daysOf('day', new Date(2026, 2, 10, 15)).map(isoDate)).toEqual(['2026-03-10']);
    expect(isoDate(startOfWeek(new Date(2026, 2, 15)))).toBe('2026-03-09'); // a Sunday belongs to the week before
    expect(isoDate(addDays(new Date(2026, 1, 28), 1))).toBe('2026-03-01');
  });

  it('reads only real dates', () => {
    expect(parseIsoDate('2026-03-10')?.getDate()).toBe(10);
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('10/03/2026')).toBeUndefined();
  });
});

describe('visibleHours', () => {
  const days = daysOf('week', day);
  const appt = (from: Date, to: Date) => ({ startsAt: from.toISOString(), endsAt: to.toISOString() });

  it('shows a working day when every appointment fits in it', () => {
    expect(visibleHours([appt(new Date(2026, 2, 10, 9), new Date(2026, 2, 10, 10))], days)).toEqual([7, 19]);
  });

  it('widens to an early or late appointment of the days shown, and ignores those of other weeks', () => {
    expect(visibleHours([appt(new Date(2026, 2, 11, 6, 30), new Date(2026, 2, 11, 7))], days)).toEqual([6, 19]);
    expect(visibleHours([appt(new Date(2026, 2, 12, 21), new Date(2026, 2, 12, 21, 30))], days)).toEqual([7, 22]);
    expect(visibleHours([appt(new Date(2026, 2, 12, 23, 30), new Date(2026, 2, 13, 0, 0))], days)).toEqual([7, 24]);
    expect(visibleHours([appt(new Date(2026, 2, 20, 3), new Date(2026, 2, 20, 4))], days)).toEqual([7, 19]);
  });
});
