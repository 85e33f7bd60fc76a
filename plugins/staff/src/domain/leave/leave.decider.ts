import {
  assertNever,
  InvariantViolation,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type { ApproveLeave, CancelLeave, RefuseLeave, RequestLeave } from '../../contracts/leave.commands';
import type { LeaveApproved, LeaveCancelled, LeaveRefused, LeaveRequested } from '../../contracts/leave.events';
import type { LeaveType } from '../../contracts/schemas';
import {
  INSUFFICIENT_LEAVE_BALANCE,
  LEAVE_ALREADY_STARTED,
  LEAVE_DAYS_EXCEED_DATES,
  LEAVE_NOT_PENDING,
  LEAVE_OVERLAPS,
  LEAVE_REQUEST_NOT_FOUND,
} from '../../errors';
import { defined, recordedBy } from '../defined';
import { daysInclusive } from '../time/calendar-weeks';

/**
 * The handler assigns the request's id and, for a type with a balance, passes what the employee will have earned
 * in the leave year of `from` by the day the leave ends ({@link accruedLeaveDays} over their contract terms, as of
 * `to`): the decider subtracts what is already booked in that year.
 */
export type RequestLeaveCommand = Command<
  'staff.RequestLeave',
  DataOf<typeof RequestLeave> & {
    requestId: string;
    balance: { accruedDays: number; yearFrom: string; yearTo: string } | null;
  }
>;
export type ApproveLeaveCommand = Command<'staff.ApproveLeave', DataOf<typeof ApproveLeave>>;
export type RefuseLeaveCommand = Command<'staff.RefuseLeave', DataOf<typeof RefuseLeave>>;
/** `today`: the date in the hospital's time zone (leave that has begun is not cancelled), from the handler. */
export type CancelLeaveCommand = Command<'staff.CancelLeave', DataOf<typeof CancelLeave> & { today: string }>;
export type LeaveCommand = RequestLeaveCommand | ApproveLeaveCommand | RefuseLeaveCommand | CancelLeaveCommand;

export type LeaveEvent =
  | DomainEvent<'staff.LeaveRequested', DataOf<typeof LeaveRequested>>
  | DomainEvent<'staff.LeaveApproved', DataOf<typeof LeaveApproved>>
  | DomainEvent<'staff.LeaveRefused', DataOf<typeof LeaveRefused>>
  | DomainEvent<'staff.LeaveCancelled', DataOf<typeof LeaveCancelled>>;

export interface LeaveRequestState {
  readonly requestId: string;
  readonly type: LeaveType;
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly status: 'pending' | 'approved' | 'refused' | 'cancelled';
}
/** One employee's leave requests, by id. */
export interface LeaveState {
  readonly requests: Readonly<Record<string, LeaveRequestState>>;
}

export const initialState = (): LeaveState => ({ requests: {} });

/** Pending requests hold their days too: two requests for the last 5 days cannot both be approved. */
const isBooked = (r: LeaveRequestState): boolean => r.status === 'pending' || r.status === 'approved';

export function decide(command: LeaveCommand, state: LeaveState): LeaveEvent[] {
  switch (command.type) {
    case 'staff.RequestLeave':
      return request(command, state);
    case 'staff.ApproveLeave':
      return [{ type: 'staff.LeaveApproved', data: { ...recordedBy(command.meta), ...pending(state, command.data) } }];
    case 'staff.RefuseLeave':
      return [
        {
          type: 'staff.LeaveRefused',
          data: { ...recordedBy(command.meta), ...pending(state, command.data), reason: command.data.reason },
        },
      ];
    case 'staff.CancelLeave':
      return cancel(command, state);
    default:
      return assertNever(command);
  }
}

function request({ data, meta }: RequestLeaveCommand, state: LeaveState): LeaveEvent[] {
  const { balance, requestId, employeeId, type, from, to, days, note } = data;
  const calendarDays = daysInclusive(from, to);
  if (days > calendarDays)
    throw new InvariantViolation(
      LEAVE_DAYS_EXCEED_DATES,
      { days, calendarDays },
      { message: `${from} to ${to} has only ${calendarDays} days.` },
    );
  const overlapping = Object.values(state.requests).find((r) => isBooked(r) && r.from <= to && from <= r.to);
  if (overlapping) {
    throw new InvariantViolation(
      LEAVE_OVERLAPS,
      { requestId: overlapping.requestId },
      { message: `These dates overlap leave from ${overlapping.from} to ${overlapping.to}.` },
    );
  }
  if (balance !== null) {
    const booked = Object.values(state.requests)
      .filter((r) => isBooked(r) && r.type === type && balance.yearFrom <= r.from && r.from <= balance.yearTo)
      .reduce((sum, r) => sum + r.days, 0);
    const available = Math.round((balance.accruedDays - booked) * 100) / 100;
    if (days > available) {
      throw new InvariantViolation(
        INSUFFICIENT_LEAVE_BALANCE,
        { employeeId, type, requested: days, available },
        {
          message: `Only ${available} days of ${type} leave are available.`,
        },
      );
    }
  }
  return [
    {
      type: 'staff.LeaveRequested',
      data: defined({ ...recordedBy(meta), employeeId, requestId, type, from, to, days, note }),
    },
  ];
}

/** Leave already begun is not cancelled here (cutting approved leave short is not modelled yet). */
function cancel({ data, meta }: CancelLeaveCommand, state: LeaveState): LeaveEvent[] {
  const { today } = data;
  const found = existing(state, data);
  if (!isBooked(found))
    throw new InvariantViolation(LEAVE_NOT_PENDING, { requestId: found.requestId, status: found.status });
  if (found.status === 'approved' && found.from <= today) {
    throw new InvariantViolation(
      LEAVE_ALREADY_STARTED,
      { requestId: found.requestId, status: found.status },
      { message: `This leave started on ${found.from}.` },
    );
  }
  return [
    {
      type: 'staff.LeaveCancelled',
      data: { ...recordedBy(meta), employeeId: data.employeeId, requestId: data.requestId },
    },
  ];
}

function existing(state: LeaveState, { requestId }: { requestId: string }): LeaveRequestState {
  const found = state.requests[requestId];
  if (found === undefined) throw new NotFoundError(LEAVE_REQUEST_NOT_FOUND, { requestId });
  return found;
}

/** The ids of a request still waiting for a decision. */
function pending(
  state: LeaveState,
  data: { employeeId: string; requestId: string },
): { employeeId: string; requestId: string } {
  const found = existing(state, data);
  if (found.status !== 'pending')
    throw new InvariantViolation(
      LEAVE_NOT_PENDING,
      { requestId: found.requestId, status: found.status },
      { message: `This request is ${found.status}.` },
    );
  return { employeeId: data.employeeId, requestId: data.requestId };
}

export function evolve(state: LeaveState, event: LeaveEvent): LeaveState {
  switch (event.type) {
    case 'staff.LeaveRequested': {
      const { requestId, type, from, to, days } = event.data;
      return { requests: { ...state.requests, [requestId]: { requestId, type, from, to, days, status: 'pending' } } };
    }
    case 'staff.LeaveApproved':
      return withStatus(state, event.data.requestId, 'approved');
    case 'staff.LeaveRefused':
      return withStatus(state, event.data.requestId, 'refused');
    case 'staff.LeaveCancelled':
      return withStatus(state, event.data.requestId, 'cancelled');
    default:
      return assertNever(event);
  }
}

function withStatus(state: LeaveState, requestId: string, status: LeaveRequestState['status']): LeaveState {
  const found = state.requests[requestId];
  return found === undefined ? state : { requests: { ...state.requests, [requestId]: { ...found, status } } };
}

export const leaveDecider: Decider<LeaveState, LeaveCommand, LeaveEvent> = { initialState, decide, evolve };
