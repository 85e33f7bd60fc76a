import { handleQuery, NotFoundError } from '@hms/sdk';
import { ROSTER_READ } from '../contracts/permissions';
import { GetWardShifts, type WardShifts } from '../contracts/roster.queries';
import { wardShiftsDecider } from '../domain/roster/ward-shifts.decider';
import { wardShiftsStream } from '../domain/streams';
import { WARD_SHIFTS_NOT_DEFINED } from '../errors';

export const getWardShiftsHandler = handleQuery(GetWardShifts, {
  permission: ROSTER_READ,
  async handle({ wardId }, ctx): Promise<WardShifts> {
    const { state } = await ctx.streams.load(wardShiftsStream(wardId), wardShiftsDecider);
    if (state.status === 'none') throw new NotFoundError(WARD_SHIFTS_NOT_DEFINED, { wardId });
    return { wardId, timeZone: state.timeZone, shiftTypes: [...state.shiftTypes] };
  },
});
