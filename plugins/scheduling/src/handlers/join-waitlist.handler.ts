import { handleCommand } from '@hms/sdk';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import { JoinWaitlist } from '../contracts/commands';
import { type WaitlistEntryView } from '../contracts/queries';
import { scheduleDecider, scheduleNotFound } from '../domain/schedule/schedule.decider';
import { scheduleStream } from '../domain/schedule/schedule.stream';
import { requireRegisteredPatient } from '@hms/plugin-patient/contracts';
import { decideEntry, entryView } from './waitlist-offers';

export const joinWaitlistHandler = handleCommand(JoinWaitlist, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => requireRegisteredPatient(ctx, data.patientId),
  async handle(data, ctx): Promise<WaitlistEntryView> {
    const { state: schedule } = await ctx.streams.load(scheduleStream(data.practitionerId), scheduleDecider);
    if (schedule.status !== 'defined') throw scheduleNotFound(data.practitionerId);
    const entryId = ctx.newId();
    const { state, version } = await decideEntry(ctx, entryId, {
      type: 'scheduling.JoinWaitlist',
      data: { ...data, entryId },
    });
    return entryView(state, version);
  },
});
