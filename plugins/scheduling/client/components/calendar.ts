import type { AppointmentView, BookAppointmentBody, CancelReason } from '$lib/api/types';
import type { OutboxEntry, RefusedCommand } from '$lib/stores/outbox';

/** The scheduling commands the calendar queues (declared offline-capable by the plugin), by wire type. */
export const BOOK = 'scheduling.BookAppointment';
export const CHECK_IN = 'scheduling.CheckInAppointment';
export const NO_SHOW = 'scheduling.RecordAppointmentNoShow';
export const CANCEL = 'scheduling.CancelAppointment';
export const RESCHEDULE = 'scheduling.RescheduleAppointment';
export type BookData = BookAppointmentBody;
export type StepData = { appointmentId: string };
export type CancelData = { appointmentId: string; reason: CancelReason };
export type RescheduleData = { appointmentId: string; startsAt: string };
/** Kept beside a waiting booking (not sent): where the slot ends and where it is, for the calendar. */
export interface BookingDisplay {
  readonly endsAt: string;
  readonly location: string;
}
/** Kept beside a waiting step: whose calendar it belongs to. */
export interface StepDisplay {
  readonly practitionerId: string;
}

/** An appointment as the calendar shows it: the server's, with what this computer has not sent yet laid over it. */
export interface CalendarItem {
  readonly id: string;
  readonly patientId: string;
  readonly type: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
  readonly status: AppointmentView['status'];
  /** Set while a booking or a change of this appointment waits in the outbox. */
  readonly pending?: boolean;
}

/** A command of this practitioner's calendar that the server refused, to be told to the user in plain words. */
export type CalendarRejection = RefusedCommand;

const STEP_STATUS = {
  [CHECK_IN]: 'checked-in',
  [NO_SHOW]: 'no-show',
  [CANCEL]: 'cancelled',
} as const satisfies Record<string, AppointmentView['status']>;
type StepCommand = keyof typeof STEP_STATUS;
const isStep = (command: string): command is StepCommand => command in STEP_STATUS;

/**
 * The server's appointments of one practitioner with the outbox laid over them: a waiting booking appears at its
 * time, a waiting check-in, no-show or cancellation shows its outcome already, all marked pending. A refused
 * command changes nothing on the calendar (the local state is the server's again) and is listed to be explained.
 */
export function overlayOutbox(
  practitionerId: string,
  server: readonly AppointmentView[],
  entries: readonly OutboxEntry[],
): { items: CalendarItem[]; rejections: CalendarRejection[] } {
  const items = new Map<string, CalendarItem>(server.map((a) => [a.id, { ...a }]));
  const rejections: CalendarRejection[] = [];
  for (const entry of entries) {
    if (entry.command === BOOK) {
      const body = entry.data as BookData;
      const { endsAt, location } = (entry.display ?? { endsAt: body.startsAt, location: '' }) as BookingDisplay;
      if (body.practitionerId !== practitionerId) continue;
      if (entry.status === 'rejected') {
        rejections.push(rejectionOf(entry));
        continue;
      }
      items.set(entry.id, {
        id: entry.id,
        patientId: body.patientId,
        type: body.type,
        startsAt: body.startsAt,
        endsAt,
        location,
        status: 'booked',
        pending: true,
      });
    } else if (isStep(entry.command)) {
      const { appointmentId } = entry.data as StepData;
      const owner = (entry.display as StepDisplay | undefined)?.practitionerId;
      if (owner !== practitionerId) continue;
      if (entry.status === 'rejected') {
        rejections.push(rejectionOf(entry));
        continue;
      }
      const shown = items.get(appointmentId);
      if (shown) items.set(appointmentId, { ...shown, status: STEP_STATUS[entry.command], pending: true });
    }
  }
  const sorted = [...items.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
  return { items: sorted, rejections };
}

function rejectionOf(entry: OutboxEntry): CalendarRejection {
  return { entryId: entry.id, command: entry.command, rejection: entry.rejection! };
}

/** Where an appointment sits in a day column: minutes from the top, its height, and its lane among overlaps. */
export interface Placed<T> {
  readonly item: T;
  readonly top: number;
  readonly height: number;
  readonly lane: number;
  /** Lanes of the group of overlapping appointments it belongs to; each takes 1/lanes of the width. */
  readonly lanes: number;
}

/**
 * Lays out one day's appointments between `dayStart` and `dayEnd` (instants): appointments that overlap share the
 * width side by side, each in the first lane free at its start; a group's lane count is that of its busiest moment.
 * Parts outside the day are cut off; appointments wholly outside are left out.
 */
export function layoutDay<T extends { startsAt: string; endsAt: string }>(
  items: readonly T[],
  dayStart: Date,
  dayEnd: Date,
): Placed<T>[] {
  const from = dayStart.getTime();
  const to = dayEnd.getTime();
  const inDay = items
    .map((item) => ({
      item,
      start: Math.max(Date.parse(item.startsAt), from),
      end: Math.min(Date.parse(item.endsAt), to),
    }))
    .filter((x) => x.end > x.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: { item: T; start: number; end: number; lane: number; group: number }[] = [];
  const groupLanes: number[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;
  for (const x of inDay) {
    const startsGroup = x.start >= groupEnd; // nothing before it is still running
    if (startsGroup) {
      laneEnds = [];
      groupLanes.push(0);
    }
    let lane = laneEnds.findIndex((end) => end <= x.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x.end;
    groupEnd = startsGroup ? x.end : Math.max(groupEnd, x.end);
    const group = groupLanes.length - 1;
    groupLanes[group] = Math.max(groupLanes[group]!, lane + 1);
    placed.push({ ...x, lane, group });
  }
  const minute = 60_000;
  return placed.map(({ item, start, end, lane, group }) => ({
    item,
    top: (start - from) / minute,
    height: (end - start) / minute,
    lane,
    lanes: groupLanes[group]!,
  }));
}

/** Local midnight of `date`'s day. */
export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The Monday of `date`'s week (ISO weeks start on Monday). */
export function startOfWeek(date: Date): Date {
  const day = startOfDay(date);
  return addDays(day, -((day.getDay() + 6) % 7));
}

/** The days a day or week view shows. */
export function daysOf(view: 'day' | 'week', anchor: Date): Date[] {
  if (view === 'day') return [startOfDay(anchor)];
  const monday = startOfWeek(anchor);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** A local date as YYYY-MM-DD (what the free-slot search takes). */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** YYYY-MM-DD as the local midnight of that day. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoDate(date) === value ? date : undefined;
}

/**
 * The hours a day column shows: a working day (7 to 19) widened to take in every appointment of the days shown,
 * so an evening clinic or a night booking is never off the grid.
 */
export function visibleHours(
  items: readonly { startsAt: string; endsAt: string }[],
  days: readonly Date[],
  usual: [number, number] = [7, 19],
): [number, number] {
  let [first, last] = usual;
  const from = days[0]?.getTime() ?? 0;
  const to = days.length > 0 ? addDays(days.at(-1)!, 1).getTime() : 0;
  for (const item of items) {
    const start = new Date(item.startsAt);
    const end = new Date(item.endsAt);
    if (end.getTime() <= from || start.getTime() >= to) continue;
    const startHour = start.getTime() < from ? 0 : start.getHours();
    const endsNextDay = startOfDay(end).getTime() > startOfDay(start).getTime() || end.getTime() >= to;
    const endHour = endsNextDay ? 24 : end.getHours() + (end.getMinutes() > 0 ? 1 : 0);
    first = Math.min(first, startHour);
    last = Math.max(last, endHour);
  }
  return [first, last];
}
