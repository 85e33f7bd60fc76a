import { addDays, handleQuery, toIso, zonedInstant } from '@hms/sdk';
import { SCHEDULE_READ } from '../contracts/permissions';
import { FindFreeSlots, type FreeSlotList } from '../contracts/queries';
import { appointmentTypeOf, freeSlots, type Interval } from '../domain/schedule/availability';
import { scheduleDecider, scheduleNotFound, type DefinedSchedule } from '../domain/schedule/schedule.decider';
import { scheduleStream } from '../domain/schedule/schedule.stream';
import { bookedIntervals } from '../projections/appointments.read';
import { awayAt, staffDaysOff } from './staff-availability';

const DEFAULT_SLOTS = 100;

/**
 * Candidate slots are generated in memory from each schedule (a few short streams) and the booked intervals of
 * the range are read in one indexed query, then subtracted: one round trip for the bookings however many days.
 * Practitioners who do not offer the type are left out; if none does, the type is refused. With staff enabled,
 * days a practitioner may not work (approved leave, lapsed licence, not employed) offer nothing, and on days of a
 * published roster they are on only their rostered hours do.
 */
export const findFreeSlotsHandler = handleQuery(FindFreeSlots, {
  permission: SCHEDULE_READ,
  async handle(params, ctx): Promise<FreeSlotList> {
    const schedules: DefinedSchedule[] = [];
    for (const practitionerId of new Set(params.practitionerIds)) {
      const { state } = await ctx.streams.load(scheduleStream(practitionerId), scheduleDecider);
      if (state.status !== 'defined') throw scheduleNotFound(practitionerId);
      schedules.push(state);
    }
    const offering = schedules.filter((s) => s.appointmentTypes.some((t) => t.code === params.type));
    if (offering.length === 0 && schedules[0] !== undefined) appointmentTypeOf(schedules[0], params.type);
    const booked = await bookedIntervals(
      ctx.sql,
      offering.map((s) => s.practitionerId),
      rangeOf(offering, params.from, params.to),
    );
    const notBefore = Date.parse(ctx.now);
    const daysOff = await staffDaysOff(
      ctx,
      offering.map((s) => s.practitionerId),
      params.from,
      params.to,
    );
    const slots = offering
      .flatMap((s) =>
        freeSlots(
          s,
          params.type,
          { from: params.from, to: params.to, notBefore },
          booked.get(s.practitionerId) ?? [],
        ).filter((slot) => awayAt(daysOff, s.practitionerId, slot, s.timeZone) === undefined),
      )
      .sort((a, b) => a.start - b.start || a.practitionerId.localeCompare(b.practitionerId))
      .slice(0, params.limit ?? DEFAULT_SLOTS);
    return {
      items: slots.map(({ practitionerId, type, start, end, location }) => ({
        practitionerId,
        type,
        startsAt: toIso(start),
        endsAt: toIso(end),
        location,
      })),
    };
  },
});

/** The instants covering the local dates in every schedule's time zone. */
function rangeOf(schedules: readonly DefinedSchedule[], from: string, to: string): Interval {
  const starts = schedules.map((s) => zonedInstant(from, '00:00', s.timeZone));
  const ends = schedules.map((s) => zonedInstant(addDays(to, 1), '00:00', s.timeZone));
  return { start: Math.min(...starts), end: Math.max(...ends) };
}
