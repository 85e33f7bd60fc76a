import { defineRoute, type RouteDefinition } from '@hms/sdk';
import {
  AcceptShiftSwap,
  ApproveShiftSwap,
  DeclineShiftSwap,
  RefuseShiftSwap,
  RequestShiftSwap,
  WithdrawShiftSwap,
} from '../contracts/roster.commands';
import { ListShiftSwaps, shiftSwapListSchema } from '../contracts/roster.queries';

const step = (
  path: string,
  summary: string,
  command:
    | typeof AcceptShiftSwap
    | typeof ApproveShiftSwap
    | typeof DeclineShiftSwap
    | typeof RefuseShiftSwap
    | typeof WithdrawShiftSwap,
): RouteDefinition => defineRoute({ method: 'POST', path: `/staff/shift-swaps/:swapId/${path}`, summary, command });

export const shiftSwapRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/staff/shift-swaps',
    summary: "Shift swaps: all of them for a ward manager, one's own for anyone else",
    description: '`?status=accepted` for the swaps waiting for the ward manager; `?wardId=`.',
    query: ListShiftSwaps,
    queryString: ListShiftSwaps.schema,
    response: shiftSwapListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/shift-swaps',
    summary: 'Ask a colleague to swap (or take) one of your rostered shifts',
    command: RequestShiftSwap,
    status: 201,
  }),
  step('accept', 'The colleague agrees to the swap', AcceptShiftSwap),
  step('decline', 'The colleague declines the swap', DeclineShiftSwap),
  step('withdraw', 'The requester withdraws the swap before it is decided', WithdrawShiftSwap),
  step('approve', 'The ward manager approves the swap: the roster is republished with it', ApproveShiftSwap),
  step('refuse', 'The ward manager refuses the swap, with the reason', RefuseShiftSwap),
];
