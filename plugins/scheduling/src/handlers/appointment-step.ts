import type { CommandContext } from '@hms/sdk';
import type { AppointmentView } from '../contracts/queries';
import {
  appointmentDecider,
  type CheckInCommand,
  type CompleteCommand,
  type NoShowCommand,
} from '../domain/appointment/appointment.decider';
import { appointmentStream } from '../domain/appointment/appointment.stream';
import { appointmentView } from './appointment-view';

type Step = CheckInCommand | CompleteCommand | NoShowCommand;

/** A step that changes only the appointment's state (the slot stays held). */
export async function decideStep(
  ctx: CommandContext,
  type: Step['type'],
  appointmentId: string,
): Promise<AppointmentView> {
  const { state, version } = await ctx.streams.decide(appointmentStream(appointmentId), appointmentDecider, {
    type,
    data: { appointmentId },
    meta: ctx.meta,
  } as Step);
  return appointmentView(state, version);
}
