import { assertNever, InvariantViolation, NotFoundError, type Command, type DataOf, type Decider } from '@hms/sdk';
import type { WorkOrderCompleted, WorkOrderOpened } from '../../contracts/equipment-events';
import type { WorkOrderPartsUsed } from '../../contracts/maintenance-events';
import type { WorkOrderKind } from '../../contracts/equipment-schemas';
import { DONE_IN_FUTURE, WORK_ORDER_CLOSED, WORK_ORDER_NOT_FOUND } from '../../errors';
import { defined } from '../defined';

export type WorkOrderEvent =
  | { type: 'inventory.WorkOrderOpened'; data: DataOf<typeof WorkOrderOpened> }
  | { type: 'inventory.WorkOrderCompleted'; data: DataOf<typeof WorkOrderCompleted> }
  | { type: 'inventory.WorkOrderPartsUsed'; data: DataOf<typeof WorkOrderPartsUsed> };

export type OpenWorkOrderCommand = Command<
  'inventory.OpenWorkOrder',
  {
    workOrderId: string;
    number: string;
    assetId: string;
    kind: WorkOrderKind;
    planId?: string;
    description: string;
    assignedTo?: string;
  }
>;
export type CompleteWorkOrderCommand = Command<
  'inventory.CompleteWorkOrder',
  { workOrderId: string; findings: string; doneOn?: string }
>;
/** 1.5: parts taken from a store for the work; the handler issues them in the same command. */
export type UsePartsCommand = Command<
  'inventory.UsePartsOnWorkOrder',
  { workOrderId: string; locationId: string; parts: readonly { itemId: string; quantity: number }[] }
>;
export type WorkOrderCommand = OpenWorkOrderCommand | CompleteWorkOrderCommand | UsePartsCommand;

/** A work order on an asset: open until the engineer records it done. */
export interface WorkOrder {
  readonly status: 'open' | 'done';
  readonly assetId: string;
  readonly planId: string | null;
}
export type WorkOrderState = { readonly status: 'none' } | WorkOrder;

export const initialState = (): WorkOrderState => ({ status: 'none' });

export function decide(command: WorkOrderCommand, state: WorkOrderState): WorkOrderEvent[] {
  switch (command.type) {
    case 'inventory.OpenWorkOrder':
      return openWorkOrder(command);
    case 'inventory.CompleteWorkOrder':
      return completeWorkOrder(command, state);
    case 'inventory.UsePartsOnWorkOrder':
      return useParts(command, state);
    default:
      return assertNever(command);
  }
}

// The handler has checked the asset (registered, not retired) and the plan (the asset's own).
function openWorkOrder({ data, meta }: OpenWorkOrderCommand): WorkOrderEvent[] {
  return [{ type: 'inventory.WorkOrderOpened', data: defined({ at: meta.now, by: meta.actorId, ...data }) }];
}

/** Work is recorded on a work order that exists and is still open. */
function openOrder(workOrderId: string, state: WorkOrderState): WorkOrder {
  if (state.status === 'none') throw new NotFoundError(WORK_ORDER_NOT_FOUND, { workOrderId });
  if (state.status === 'done') {
    throw new InvariantViolation(WORK_ORDER_CLOSED, { workOrderId }, { message: 'This work order is already done.' });
  }
  return state;
}

// Parts are used while the work is being done: a done work order takes no more (open a new one for new work).
function useParts({ data, meta }: UsePartsCommand, state: WorkOrderState): WorkOrderEvent[] {
  const order = openOrder(data.workOrderId, state);
  const parts = data.parts.map(({ itemId, quantity }) => ({ itemId, quantity }));
  return [
    {
      type: 'inventory.WorkOrderPartsUsed',
      data: { at: meta.now, by: meta.actorId, ...data, assetId: order.assetId, parts },
    },
  ];
}

function completeWorkOrder({ data, meta }: CompleteWorkOrderCommand, state: WorkOrderState): WorkOrderEvent[] {
  const { workOrderId, findings } = data;
  const order = openOrder(workOrderId, state);
  const today = meta.now.slice(0, 10);
  const doneOn = data.doneOn ?? today;
  if (doneOn > today) {
    throw new InvariantViolation(
      DONE_IN_FUTURE,
      { doneOn },
      { message: 'Work cannot be recorded as done on a day still to come.' },
    );
  }
  return [
    {
      type: 'inventory.WorkOrderCompleted',
      data: { at: meta.now, by: meta.actorId, workOrderId, assetId: order.assetId, findings, doneOn },
    },
  ];
}

export function evolve(state: WorkOrderState, event: WorkOrderEvent): WorkOrderState {
  switch (event.type) {
    case 'inventory.WorkOrderOpened':
      return { status: 'open', assetId: event.data.assetId, planId: event.data.planId ?? null };
    case 'inventory.WorkOrderCompleted':
      return state.status === 'none' ? state : { ...state, status: 'done' };
    case 'inventory.WorkOrderPartsUsed':
      return state;
    default:
      return assertNever(event);
  }
}

export const workOrderDecider: Decider<WorkOrderState, WorkOrderCommand, WorkOrderEvent> = {
  initialState,
  decide,
  evolve,
};
