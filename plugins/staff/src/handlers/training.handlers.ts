import { handleCommand } from '@hms/sdk';
import { TRAINING_MANAGE } from '../contracts/permissions';
import {
  BookTrainingPlace,
  DefineMandatoryTraining,
  RecordTrainingAttendance,
  ScheduleTrainingSession,
} from '../contracts/training.contracts';
import { employeeDecider } from '../domain/employee/employee.decider';
import { mandatoryTrainingDecider } from '../domain/training/mandatory-training.decider';
import { trainingSessionDecider } from '../domain/training/training-session.decider';
import { employeeStream, mandatoryTrainingStream, trainingSessionStream } from '../domain/streams';
import { requireEmployed } from './require-employed';

export const defineMandatoryTrainingHandler = handleCommand(DefineMandatoryTraining, {
  permission: TRAINING_MANAGE,
  async handle(data, ctx): Promise<{ courseCode: string }> {
    await ctx.streams.decide(mandatoryTrainingStream(data.courseCode), mandatoryTrainingDecider, {
      type: 'staff.DefineMandatoryTraining',
      data,
      meta: ctx.meta,
    });
    return { courseCode: data.courseCode };
  },
});

export const scheduleTrainingSessionHandler = handleCommand(ScheduleTrainingSession, {
  permission: TRAINING_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    const sessionId = ctx.newId();
    await ctx.streams.decide(trainingSessionStream(sessionId), trainingSessionDecider, {
      type: 'staff.ScheduleTrainingSession',
      data: { ...data, sessionId },
      meta: ctx.meta,
    });
    return { id: sessionId };
  },
});

/** Places go to people employed now; the session's stream decides capacity, so two bookings never overfill it. */
export const bookTrainingPlaceHandler = handleCommand(BookTrainingPlace, {
  permission: TRAINING_MANAGE,
  preload: (data) => [employeeStream(data.employeeId), trainingSessionStream(data.sessionId)],
  async handle(data, ctx): Promise<{ id: string }> {
    const { state } = await ctx.streams.load(employeeStream(data.employeeId), employeeDecider);
    requireEmployed(state, data.employeeId);
    await ctx.streams.decide(trainingSessionStream(data.sessionId), trainingSessionDecider, {
      type: 'staff.BookTrainingPlace',
      data,
      meta: ctx.meta,
    });
    return { id: data.sessionId };
  },
});

export const recordTrainingAttendanceHandler = handleCommand(RecordTrainingAttendance, {
  permission: TRAINING_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    await ctx.streams.decide(trainingSessionStream(data.sessionId), trainingSessionDecider, {
      type: 'staff.RecordTrainingAttendance',
      data,
      meta: ctx.meta,
    });
    return { id: data.sessionId };
  },
});
