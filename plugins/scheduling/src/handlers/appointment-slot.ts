import { toIso, type CommandContext } from '@hms/sdk';
import { practitionerDayDecider } from '../domain/practitioner-day/practitioner-day.decider';
import { daysTouched, practitionerDayStream } from '../domain/practitioner-day/practitioner-day.stream';
import { slotAt } from '../domain/schedule/availability';
import { scheduleDecider, scheduleNotFound } from '../domain/schedule/schedule.decider';
import { scheduleStream } from '../domain/schedule/schedule.stream';

/** A slot resolved against a schedule, instants in UTC ISO form (so they compare as strings). */
export interface BookableSlot {
  readonly practitionerId: string;
  readonly type: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
}
type HeldSlot = Pick<BookableSlot, 'practitionerId' | 'startsAt' | 'endsAt'>;

/**
 * The streams a booking at `startsAt` reads: the schedule and the practitioner's day where the slot
 * starts (a slot crossing midnight UTC also touches the next day, which is then read when reserved).
 */
export function bookingStreams(practitionerId: string, startsAt: string): string[] {
  const startDay = daysTouched(startsAt, toIso(Date.parse(startsAt) + 1));
  const days = startDay.map((day) => practitionerDayStream(practitionerId, day));
  return [scheduleStream(practitionerId), ...days];
}

/** Where and until when an appointment of `type` at `startsAt` would be: inside availability, or refused. */
export async function resolveSlot(
  ctx: CommandContext,
  practitionerId: string,
  type: string,
  startsAt: string,
): Promise<BookableSlot> {
  const { state } = await ctx.streams.load(scheduleStream(practitionerId), scheduleDecider);
  if (state.status !== 'defined') throw scheduleNotFound(practitionerId);
  const slot = slotAt(state, type, Date.parse(startsAt));
  return {
    practitionerId,
    type: slot.type,
    startsAt: toIso(slot.start),
    endsAt: toIso(slot.end),
    location: slot.location,
  };
}

/**
 * The slot lock: appends the reservation to each practitioner-day stream the slot touches, at the version just
 * loaded. An overlapping reservation already there is refused by the decider (SLOT_TAKEN); one committed by a
 * concurrent booking after the load makes the append conflict, the kernel runs the command again, and the decider
 * then refuses it the same way. Either way exactly one of two overlapping bookings is written.
 */
export async function reserveSlot(ctx: CommandContext, appointmentId: string, slot: HeldSlot): Promise<void> {
  const { practitionerId, startsAt, endsAt } = slot;
  for (const day of daysTouched(startsAt, endsAt)) {
    await ctx.streams.decide(practitionerDayStream(practitionerId, day), practitionerDayDecider, {
      type: 'scheduling.ReserveSlot',
      data: { practitionerId, day, appointmentId, startsAt, endsAt },
      meta: ctx.meta,
    });
  }
}

/** Gives an appointment's time back to the practitioner's days (cancelled or moved). */
export async function releaseSlot(ctx: CommandContext, appointmentId: string, slot: HeldSlot): Promise<void> {
  const { practitionerId } = slot;
  for (const day of daysTouched(slot.startsAt, slot.endsAt)) {
    await ctx.streams.decide(practitionerDayStream(practitionerId, day), practitionerDayDecider, {
      type: 'scheduling.ReleaseSlot',
      data: { practitionerId, day, appointmentId },
      meta: ctx.meta,
    });
  }
}
