import { handleCommand } from '@hms/sdk';
import { AddScheduleException } from '../contracts/commands';
import { SCHEDULE_MANAGE } from '../contracts/permissions';
import type { ScheduleView } from '../contracts/queries';
import { scheduleDecider } from '../domain/schedule/schedule.decider';
import { scheduleStream } from '../domain/schedule/schedule.stream';
import { scheduleView } from './schedule-view';

/**
 * Records leave or a holiday. Appointments already booked on those days stay booked: the answer's schedule is
 * what the front desk uses to find and move them (GET /api/appointments?practitionerId=…).
 */
export const addScheduleExceptionHandler = handleCommand(AddScheduleException, {
  permission: SCHEDULE_MANAGE,
  async handle(data, ctx): Promise<ScheduleView> {
    const { state, version } = await ctx.streams.decide(scheduleStream(data.practitionerId), scheduleDecider, {
      type: 'scheduling.AddScheduleException',
      data: { ...data, exceptionId: ctx.newId() },
      meta: ctx.meta,
    });
    return scheduleView(state, version);
  },
});
