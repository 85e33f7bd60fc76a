import { minutes, type QueryContext } from '@hms/sdk';
import { appointmentDecider } from '../domain/appointment/appointment.decider';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { appointmentTypeOf } from '../domain/schedule/availability';
import { scheduleDecider } from '../domain/schedule/schedule.decider';
import { scheduleStream } from '../domain/schedule/schedule.stream';
import { requirePractitionerAtWork } from './staff-availability';

/**
 * A booking's check against staff, in `prepare` (outside the transaction, as the patient check is): the day is
 * the schedule's local date, the end the type's duration later. A leave approved in the instant between this
 * check and the commit is not missed: the booking then appears on the list of appointments to rebook. No
 * schedule: `handle` answers 404 itself.
 */
export async function checkBookingAtWork(
  ctx: QueryContext,
  practitionerId: string,
  type: string,
  startsAt: string,
): Promise<void> {
  if (!ctx.isEnabled('staff')) return;
  const { state } = await ctx.streams.load(scheduleStream(practitionerId), scheduleDecider);
  if (state.status !== 'defined') return;
  const start = Date.parse(startsAt);
  const end = start + minutes(appointmentTypeOf(state, type).durationMinutes);
  await requirePractitionerAtWork(ctx, practitionerId, state.timeZone, { start, end });
}

/** The same check for moving a booked appointment to a new time (same practitioner and type). */
export async function checkMoveAtWork(ctx: QueryContext, appointmentId: string, startsAt: string): Promise<void> {
  if (!ctx.isEnabled('staff')) return;
  const { state } = await ctx.streams.load(appointmentStream(appointmentId), appointmentDecider);
  if (state.status !== 'booked') return;
  await checkBookingAtWork(ctx, state.practitionerId, state.type, startsAt);
}
