import { handleQuery } from '@hms/sdk';
import { SCHEDULE_READ } from '../contracts/permissions';
import { GetSchedule, type ScheduleView } from '../contracts/queries';
import { scheduleDecider, scheduleNotFound } from '../domain/schedule/schedule.decider';
import { scheduleStream } from '../domain/schedule/schedule.stream';
import { scheduleView } from './schedule-view';

/** A schedule is one short stream: folded on read, no read model needed. */
export const getScheduleHandler = handleQuery(GetSchedule, {
  permission: SCHEDULE_READ,
  async handle({ practitionerId }, ctx): Promise<ScheduleView> {
    const { state, version } = await ctx.streams.load(scheduleStream(practitionerId), scheduleDecider);
    if (state.status !== 'defined') throw scheduleNotFound(practitionerId);
    return scheduleView(state, version);
  },
});
