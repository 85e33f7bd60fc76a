import type { QueryContext } from '@hms/sdk';
import { appointmentDecider } from '../domain/appointment/appointment.decider';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { scheduleDecider } from '../domain/schedule/schedule.decider';
import { scheduleStream } from '../domain/schedule/schedule.stream';
import { requirePractitionerAtWork } from './staff-availability';

/**
 * A booking's check against staff, in `prepare` (outside the transaction, as the patient check is): the day is
 * the schedule's local date. A leave approved in the instant between this check and the commit is not missed:
 * the booking then appears on the list of appointments to rebook. No schedule: `handle` answers 404 itself.
 */
export async function checkBookingAtWork(ctx: QueryContext, practitionerId: string, startsAt: string): Promise<void> {
  if (!ctx.isEnabled('staff')) return;
  const { state } = await ctx.streams.load(scheduleStream(practitionerId), scheduleDecider);
  if (state.status !== 'defined') return;
  await requirePractitionerAtWork(ctx, practitionerId, state.timeZone, startsAt);
}

/** The same check for moving a booked appointment to a new time (same practitioner). */
export async function checkMoveAtWork(ctx: QueryContext, appointmentId: string, startsAt: string): Promise<void> {
  if (!ctx.isEnabled('staff')) return;
  const { state } = await ctx.streams.load(appointmentStream(appointmentId), appointmentDecider);
  if (state.status !== 'booked') return;
  await checkBookingAtWork(ctx, state.practitionerId, startsAt);
}
