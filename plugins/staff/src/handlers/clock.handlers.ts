import { handleCommand, type CommandContext } from '@hms/sdk';
import { ClockIn, ClockOut } from '../contracts/attendance.contracts';
import { TIME_CLOCK } from '../contracts/permissions';
import { clockDecider, type ClockCommand } from '../domain/attendance/clock.decider';
import { employeeDecider } from '../domain/employee/employee.decider';
import { clockStream, employeeStream } from '../domain/streams';
import { requireEmployed } from './require-employed';

/**
 * The badge kiosk's two commands (the kiosk signs in with an account holding staff:time:clock). The time is the
 * kernel's clock; the employee must be employed. A badge read twice in one moment is decided once on the
 * employee's clock stream.
 */
async function clock(
  ctx: CommandContext,
  command: ClockCommand,
): Promise<{ employeeId: string; status: 'in' | 'out'; at: string }> {
  const { employeeId } = command.data;
  const { state } = await ctx.streams.load(employeeStream(employeeId), employeeDecider);
  requireEmployed(state, employeeId);
  const decided = await ctx.streams.decide(clockStream(employeeId), clockDecider, command);
  return { employeeId, status: decided.state.status, at: ctx.meta.now };
}

export const clockInHandler = handleCommand(ClockIn, {
  permission: TIME_CLOCK,
  preload: (data) => [employeeStream(data.employeeId), clockStream(data.employeeId)],
  handle: (data, ctx) => clock(ctx, { type: 'staff.ClockIn', data, meta: ctx.meta }),
});

export const clockOutHandler = handleCommand(ClockOut, {
  permission: TIME_CLOCK,
  preload: (data) => [employeeStream(data.employeeId), clockStream(data.employeeId)],
  handle: (data, ctx) => clock(ctx, { type: 'staff.ClockOut', data, meta: ctx.meta }),
});
