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
  AcceptShiftSwap,
  ApproveShiftSwap,
  DeclineShiftSwap,
  RefuseShiftSwap,
  RequestShiftSwap,
  WithdrawShiftSwap,
} from '../../contracts/roster.commands';
import type {
  ShiftSwapAccepted,
  ShiftSwapApproved,
  ShiftSwapDeclined,
  ShiftSwapRefused,
  ShiftSwapRequested,
  ShiftSwapWithdrawn,
} from '../../contracts/roster.events';
import {
  SHIFT_SWAP_ALREADY_REQUESTED,
  SHIFT_SWAP_BREAKS_RULES,
  SHIFT_SWAP_NOT_FOUND,
  SHIFT_SWAP_NOT_OPEN,
  SHIFT_SWAP_WITH_SELF,
} from '../../errors';
import { defined, recordedBy } from '../defined';
import type { Breach } from './roster.model';

export type RequestSwapCommand = Command<
  'staff.RequestShiftSwap',
  DataOf<typeof RequestShiftSwap> & { swapId: string }
>;
export type AcceptSwapCommand = Command<'staff.AcceptShiftSwap', DataOf<typeof AcceptShiftSwap>>;
export type DeclineSwapCommand = Command<'staff.DeclineShiftSwap', DataOf<typeof DeclineShiftSwap>>;
/** The handler applies the swap to the published roster ({@link applySwap}) and checks it ({@link checkRoster}). */
export type ApproveSwapCommand = Command<
  'staff.ApproveShiftSwap',
  DataOf<typeof ApproveShiftSwap> & { breaches: readonly Breach[] }
>;
export type RefuseSwapCommand = Command<'staff.RefuseShiftSwap', DataOf<typeof RefuseShiftSwap>>;
export type WithdrawSwapCommand = Command<'staff.WithdrawShiftSwap', DataOf<typeof WithdrawShiftSwap>>;
export type ShiftSwapCommand =
  | RequestSwapCommand
  | AcceptSwapCommand
  | DeclineSwapCommand
  | ApproveSwapCommand
  | RefuseSwapCommand
  | WithdrawSwapCommand;

export type ShiftSwapEvent =
  | DomainEvent<'staff.ShiftSwapRequested', DataOf<typeof ShiftSwapRequested>>
  | DomainEvent<'staff.ShiftSwapAccepted', DataOf<typeof ShiftSwapAccepted>>
  | DomainEvent<'staff.ShiftSwapDeclined', DataOf<typeof ShiftSwapDeclined>>
  | DomainEvent<'staff.ShiftSwapApproved', DataOf<typeof ShiftSwapApproved>>
  | DomainEvent<'staff.ShiftSwapRefused', DataOf<typeof ShiftSwapRefused>>
  | DomainEvent<'staff.ShiftSwapWithdrawn', DataOf<typeof ShiftSwapWithdrawn>>;

type Request = Omit<DataOf<typeof ShiftSwapRequested>, 'at' | 'by'>;
export type ShiftSwapState =
  | { readonly status: 'none' }
  | {
      readonly status: 'requested' | 'accepted' | 'declined' | 'approved' | 'refused' | 'withdrawn';
      readonly request: Request;
    };

export const initialState = (): ShiftSwapState => ({ status: 'none' });

/**
 * Requested → accepted by the colleague → approved or refused by the ward manager; declined or withdrawn end it early.
 */
export function decide(command: ShiftSwapCommand, state: ShiftSwapState): ShiftSwapEvent[] {
  const by = recordedBy(command.meta);
  switch (command.type) {
    case 'staff.RequestShiftSwap': {
      if (state.status !== 'none')
        throw new ConflictError(SHIFT_SWAP_ALREADY_REQUESTED, { swapId: command.data.swapId });
      const { requesterId, colleagueId } = command.data;
      if (requesterId === colleagueId) throw new InvariantViolation(SHIFT_SWAP_WITH_SELF, { employeeId: requesterId });
      return [{ type: 'staff.ShiftSwapRequested', data: defined({ ...by, ...command.data }) }];
    }
    case 'staff.AcceptShiftSwap':
      open(state, command.data.swapId, 'requested');
      return [{ type: 'staff.ShiftSwapAccepted', data: { ...by, swapId: command.data.swapId } }];
    case 'staff.DeclineShiftSwap':
      open(state, command.data.swapId, 'requested');
      return [{ type: 'staff.ShiftSwapDeclined', data: defined({ ...by, ...command.data }) }];
    case 'staff.WithdrawShiftSwap':
      open(state, command.data.swapId, 'requested', 'accepted');
      return [{ type: 'staff.ShiftSwapWithdrawn', data: { ...by, swapId: command.data.swapId } }];
    case 'staff.RefuseShiftSwap':
      open(state, command.data.swapId, 'accepted');
      return [{ type: 'staff.ShiftSwapRefused', data: { ...by, ...command.data } }];
    case 'staff.ApproveShiftSwap':
      return approve(command, state);
    default:
      return assertNever(command);
  }
}

/** A swap that would break a hard rule (rest, hours, a licence, leave, skills, minimum staffing) is never approved. */
function approve({ data, meta }: ApproveSwapCommand, state: ShiftSwapState): ShiftSwapEvent[] {
  const { request } = open(state, data.swapId, 'accepted');
  const rules = [...new Set(data.breaches.filter((b) => b.severity === 'hard').map((b) => b.rule))];
  if (rules.length > 0) {
    throw new InvariantViolation(
      SHIFT_SWAP_BREAKS_RULES,
      { swapId: data.swapId, rules },
      { message: `The swap would break: ${rules.join(', ')}.` },
    );
  }
  return [{ type: 'staff.ShiftSwapApproved', data: defined({ ...recordedBy(meta), ...request }) }];
}

function open(state: ShiftSwapState, swapId: string, ...allowed: ShiftSwapState['status'][]): { request: Request } {
  if (state.status === 'none') throw new NotFoundError(SHIFT_SWAP_NOT_FOUND, { swapId });
  if (!allowed.includes(state.status))
    throw new InvariantViolation(
      SHIFT_SWAP_NOT_OPEN,
      { swapId, status: state.status },
      { message: `The swap is ${state.status}.` },
    );
  return state;
}

export function evolve(state: ShiftSwapState, event: ShiftSwapEvent): ShiftSwapState {
  if (event.type === 'staff.ShiftSwapRequested') {
    const { at: _at, by: _by, ...request } = event.data;
    return { status: 'requested', request };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'staff.ShiftSwapAccepted':
      return { ...state, status: 'accepted' };
    case 'staff.ShiftSwapDeclined':
      return { ...state, status: 'declined' };
    case 'staff.ShiftSwapApproved':
      return { ...state, status: 'approved' };
    case 'staff.ShiftSwapRefused':
      return { ...state, status: 'refused' };
    case 'staff.ShiftSwapWithdrawn':
      return { ...state, status: 'withdrawn' };
    default:
      return assertNever(event);
  }
}

export const shiftSwapDecider: Decider<ShiftSwapState, ShiftSwapCommand, ShiftSwapEvent> = {
  initialState,
  decide,
  evolve,
};
