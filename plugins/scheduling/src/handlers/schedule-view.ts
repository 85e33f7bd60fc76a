import type { ScheduleView } from '../contracts/queries';
import type { ScheduleState } from '../domain/schedule/schedule.decider';

/** A schedule as answered to clients, from a folded state. */
export function scheduleView(state: ScheduleState, version: number): ScheduleView {
  if (state.status !== 'defined') throw new Error('A schedule view needs a defined schedule');
  const { practitionerId, timeZone, weeklyAvailability, appointmentTypes, exceptions, definedAt } = state;
  return {
    practitionerId,
    timeZone,
    weeklyAvailability: [...weeklyAvailability],
    appointmentTypes: [...appointmentTypes],
    exceptions: [...exceptions],
    version,
    definedAt,
  };
}
