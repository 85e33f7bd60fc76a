import { handleCommand } from '@hms/sdk';
import { DefineSchedule } from '../contracts/commands';
import { SCHEDULE_MANAGE } from '../contracts/permissions';
import type { ScheduleView } from '../contracts/queries';
import { scheduleDecider } from '../domain/schedule/schedule.decider';
import { scheduleStream } from '../domain/schedule/schedule.stream';
import { scheduleView } from './schedule-view';
import { requireKnownPractitioner } from './staff-directory';

/**
 * Defines or replaces a practitioner's schedule; leave already recorded stays. With staff enabled, only for a
 * practitioner staff knows.
 */
export const defineScheduleHandler = handleCommand(DefineSchedule, {
  permission: SCHEDULE_MANAGE,
  prepare: (data, ctx) => requireKnownPractitioner(ctx, data.practitionerId),
  async handle(data, ctx): Promise<ScheduleView> {
    const { state, version } = await ctx.streams.decide(scheduleStream(data.practitionerId), scheduleDecider, {
      type: 'scheduling.DefineSchedule',
      data,
      meta: ctx.meta,
    });
    return scheduleView(state, version);
  },
});
