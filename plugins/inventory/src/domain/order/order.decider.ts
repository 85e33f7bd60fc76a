import { assertNever, InvariantViolation, NotFoundError, type Command, type DataOf, type Decider } from '@hms/sdk';
import type {
  DeliveryReceived,
  PurchaseOrderCancelled,
  PurchaseOrderCompleted,
  PurchaseOrderRaised,
} from '../../contracts/events';
import { ITEM_NOT_ON_ORDER, ORDER_CLOSED, ORDER_NOT_FOUND, OVER_DELIVERY } from '../../errors';
import { defined } from '../defined';

export type OrderEvent =
  | { type: 'inventory.PurchaseOrderRaised'; data: DataOf<typeof PurchaseOrderRaised> }
  | { type: 'inventory.DeliveryReceived'; data: DataOf<typeof DeliveryReceived> }
  | { type: 'inventory.PurchaseOrderCompleted'; data: DataOf<typeof PurchaseOrderCompleted> }
  | { type: 'inventory.PurchaseOrderCancelled'; data: DataOf<typeof PurchaseOrderCancelled> };

export type RaiseOrderCommand = Command<
  'inventory.RaisePurchaseOrder',
  {
    orderId: string;
    number: string;
    supplier: string;
    locationId: string;
    lines: readonly { itemId: string; quantity: number }[];
    note?: string;
  }
>;
export type ReceiveDeliveryCommand = Command<
  'inventory.ReceiveDelivery',
  {
    orderId: string;
    deliveryId: string;
    deliveryNote?: string;
    lines: readonly { itemId: string; quantity: number; lot: string | null; expiresOn: string | null }[];
  }
>;
export type CancelOrderCommand = Command<'inventory.CancelPurchaseOrder', { orderId: string; reason: string }>;
export type OrderCommand = RaiseOrderCommand | ReceiveDeliveryCommand | CancelOrderCommand;

export type OrderStatus = 'open' | 'completed' | 'cancelled';

export interface OrderLineState {
  readonly ordered: number;
  readonly received: number;
}

export interface OrderState {
  readonly status: OrderStatus | null;
  readonly locationId: string;
  readonly lines: Readonly<Record<string, OrderLineState>>;
}

const initialState = (): OrderState => ({ status: null, locationId: '', lines: {} });

export function decide(command: OrderCommand, state: OrderState): OrderEvent[] {
  const recorded = { at: command.meta.now, by: command.meta.actorId };
  if (command.type === 'inventory.RaisePurchaseOrder') {
    const lines = command.data.lines.map(({ itemId, quantity }) => ({ itemId, quantity }));
    return [{ type: 'inventory.PurchaseOrderRaised', data: defined({ ...recorded, ...command.data, lines }) }];
  }
  const { orderId } = command.data;
  if (state.status === null) throw new NotFoundError(ORDER_NOT_FOUND, { orderId });
  if (state.status !== 'open') {
    throw new InvariantViolation(
      ORDER_CLOSED,
      { orderId, status: state.status },
      { message: `This order is ${state.status}.` },
    );
  }
  switch (command.type) {
    case 'inventory.ReceiveDelivery': {
      const { deliveryId, deliveryNote, lines } = command.data;
      const delivered = deliveredPerItem(lines);
      for (const [itemId, quantity] of delivered) {
        const line = state.lines[itemId];
        if (!line)
          throw new InvariantViolation(
            ITEM_NOT_ON_ORDER,
            { orderId, itemId },
            { message: 'This item is not on the order.' },
          );
        const outstanding = line.ordered - line.received;
        if (quantity > outstanding) {
          throw new InvariantViolation(
            OVER_DELIVERY,
            { orderId, itemId, outstanding, delivered: quantity },
            {
              message: `Only ${outstanding} of this item ${outstanding === 1 ? 'is' : 'are'} still outstanding on the order.`,
            },
          );
        }
      }
      const received: OrderEvent = {
        type: 'inventory.DeliveryReceived',
        data: defined({ ...recorded, orderId, deliveryId, deliveryNote, lines: lines.map((l) => ({ ...l })) }),
      };
      const complete = Object.entries(state.lines).every(
        ([itemId, line]) => line.received + (delivered.get(itemId) ?? 0) >= line.ordered,
      );
      return complete
        ? [received, { type: 'inventory.PurchaseOrderCompleted', data: { ...recorded, orderId } }]
        : [received];
    }
    case 'inventory.CancelPurchaseOrder':
      return [
        { type: 'inventory.PurchaseOrderCancelled', data: { ...recorded, orderId, reason: command.data.reason } },
      ];
    default:
      return assertNever(command);
  }
}

function deliveredPerItem(lines: readonly { itemId: string; quantity: number }[]): Map<string, number> {
  const perItem = new Map<string, number>();
  for (const line of lines) perItem.set(line.itemId, (perItem.get(line.itemId) ?? 0) + line.quantity);
  return perItem;
}

export function evolve(state: OrderState, event: OrderEvent): OrderState {
  switch (event.type) {
    case 'inventory.PurchaseOrderRaised':
      return {
        status: 'open',
        locationId: event.data.locationId,
        lines: Object.fromEntries(event.data.lines.map((l) => [l.itemId, { ordered: l.quantity, received: 0 }])),
      };
    case 'inventory.DeliveryReceived': {
      const lines = { ...state.lines };
      for (const [itemId, quantity] of deliveredPerItem(event.data.lines)) {
        const line = lines[itemId];
        if (line) lines[itemId] = { ...line, received: line.received + quantity };
      }
      return { ...state, lines };
    }
    case 'inventory.PurchaseOrderCompleted':
      return { ...state, status: 'completed' };
    case 'inventory.PurchaseOrderCancelled':
      return { ...state, status: 'cancelled' };
    default:
      return assertNever(event);
  }
}

export const orderDecider: Decider<OrderState, OrderCommand, OrderEvent> = { initialState, decide, evolve };
