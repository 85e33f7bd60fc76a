import {
  assertNever,
  ConflictError,
  InvariantViolation,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type {
  BookTrainingPlace,
  RecordTrainingAttendance,
  ScheduleTrainingSession,
  TrainingCompleted,
  TrainingMissed,
  TrainingPlaceBooked,
  TrainingSessionScheduled,
} from '../../contracts/training.contracts';
import {
  TRAINING_ALREADY_BOOKED,
  TRAINING_NOT_BOOKED,
  TRAINING_NOT_STARTED,
  TRAINING_SESSION_EXISTS,
  TRAINING_SESSION_FULL,
  TRAINING_SESSION_NOT_FOUND,
} from '../../errors';
import { recordedBy } from '../defined';

export type ScheduleSessionCommand = Command<
  'staff.ScheduleTrainingSession',
  DataOf<typeof ScheduleTrainingSession> & { sessionId: string }
>;
export type BookPlaceCommand = Command<'staff.BookTrainingPlace', DataOf<typeof BookTrainingPlace>>;
export type RecordAttendanceCommand = Command<
  'staff.RecordTrainingAttendance',
  DataOf<typeof RecordTrainingAttendance>
>;
export type TrainingSessionCommand = ScheduleSessionCommand | BookPlaceCommand | RecordAttendanceCommand;

export type TrainingSessionEvent =
  | DomainEvent<'staff.TrainingSessionScheduled', DataOf<typeof TrainingSessionScheduled>>
  | DomainEvent<'staff.TrainingPlaceBooked', DataOf<typeof TrainingPlaceBooked>>
  | DomainEvent<'staff.TrainingCompleted', DataOf<typeof TrainingCompleted>>
  | DomainEvent<'staff.TrainingMissed', DataOf<typeof TrainingMissed>>;

export type TrainingSessionState =
  | { readonly status: 'none' }
  | {
      readonly status: 'scheduled';
      readonly sessionId: string;
      readonly courseCode: string;
      readonly startsAt: string;
      readonly capacity: number;
      /** Booked employees and what became of them. */
      readonly places: Readonly<Record<string, 'booked' | 'attended' | 'missed'>>;
    };

export const initialState = (): TrainingSessionState => ({ status: 'none' });

export function decide(command: TrainingSessionCommand, state: TrainingSessionState): TrainingSessionEvent[] {
  const by = recordedBy(command.meta);
  if (command.type === 'staff.ScheduleTrainingSession') {
    if (state.status !== 'none')
      throw new ConflictError(TRAINING_SESSION_EXISTS, { sessionId: command.data.sessionId });
    return [{ type: 'staff.TrainingSessionScheduled', data: { ...by, ...command.data } }];
  }
  const { sessionId, employeeId } = command.data;
  if (state.status === 'none') throw new NotFoundError(TRAINING_SESSION_NOT_FOUND, { sessionId });
  const place = state.places[employeeId];
  switch (command.type) {
    case 'staff.BookTrainingPlace':
      if (place !== undefined) throw new InvariantViolation(TRAINING_ALREADY_BOOKED, { sessionId, employeeId });
      if (Object.keys(state.places).length >= state.capacity) {
        throw new InvariantViolation(
          TRAINING_SESSION_FULL,
          { sessionId, employeeId },
          { message: `All ${state.capacity} places are taken.` },
        );
      }
      return [{ type: 'staff.TrainingPlaceBooked', data: { ...by, sessionId, employeeId } }];
    case 'staff.RecordTrainingAttendance':
      if (place !== 'booked') throw new InvariantViolation(TRAINING_NOT_BOOKED, { sessionId, employeeId });
      if (command.meta.now < state.startsAt)
        throw new InvariantViolation(TRAINING_NOT_STARTED, { sessionId, startsAt: state.startsAt });
      if (!command.data.attended) return [{ type: 'staff.TrainingMissed', data: { ...by, sessionId, employeeId } }];
      return [
        {
          type: 'staff.TrainingCompleted',
          data: {
            ...by,
            sessionId,
            employeeId,
            courseCode: state.courseCode,
            completedOn: state.startsAt.slice(0, 10),
          },
        },
      ];
    default:
      return assertNever(command);
  }
}

export function evolve(state: TrainingSessionState, event: TrainingSessionEvent): TrainingSessionState {
  if (event.type === 'staff.TrainingSessionScheduled') {
    const { sessionId, courseCode, startsAt, capacity } = event.data;
    return { status: 'scheduled', sessionId, courseCode, startsAt, capacity, places: {} };
  }
  if (state.status === 'none') return state;
  const outcome = {
    'staff.TrainingPlaceBooked': 'booked',
    'staff.TrainingCompleted': 'attended',
    'staff.TrainingMissed': 'missed',
  } as const;
  return { ...state, places: { ...state.places, [event.data.employeeId]: outcome[event.type] } };
}

export const trainingSessionDecider: Decider<TrainingSessionState, TrainingSessionCommand, TrainingSessionEvent> = {
  initialState,
  decide,
  evolve,
};
