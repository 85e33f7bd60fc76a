import { assertNever, InvariantViolation, NotFoundError, type Command, type DataOf, type Decider } from '@hms/sdk';
import type {
  DeliveryReceived,
  PurchaseOrderCancelled,
  PurchaseOrderCompleted,
  PurchaseOrderRaised,
} from '../../contracts/events';
import { ITEM_NOT_ON_ORDER, ORDER_CLOSED, ORDER_NOT_FOUND, OVER_DELIVERY } from '../../errors';
import type { Cost } from '../../contracts/equipment-schemas';
import type { InPurchaseUnit } from '../../contracts/purchasing-schemas';
import { defined } from '../defined';

export type OrderEvent =
  | { type: 'inventory.PurchaseOrderRaised'; data: DataOf<typeof PurchaseOrderRaised> }
  | { type: 'inventory.DeliveryReceived'; data: DataOf<typeof DeliveryReceived> }
  | { type: 'inventory.PurchaseOrderCompleted'; data: DataOf<typeof PurchaseOrderCompleted> }
  | { type: 'inventory.PurchaseOrderCancelled'; data: DataOf<typeof PurchaseOrderCancelled> };

export type RaisePurchaseOrderCommand = Command<
  'inventory.RaisePurchaseOrder',
  {
    orderId: string;
    number: string;
    supplier: string;
    supplierId?: string;
    locationId: string;
    /** Quantities in units of issue; the handler converted purchase units and priced the lines. */
    lines: readonly { itemId: string; quantity: number; inPurchaseUnit?: InPurchaseUnit; unitPrice?: Cost }[];
    note?: string;
  }
>;
export type ReceiveDeliveryCommand = Command<
  'inventory.ReceiveDelivery',
  {
    orderId: string;
    deliveryId: string;
    deliveryNote?: string;
    lines: readonly {
      itemId: string;
      quantity: number;
      lot: string | null;
      expiresOn: string | null;
      unitCost?: Cost;
      inPurchaseUnit?: InPurchaseUnit;
      totalCost?: Cost;
    }[];
  }
>;
export type CancelPurchaseOrderCommand = Command<'inventory.CancelPurchaseOrder', { orderId: string; reason: string }>;
export type OrderCommand = RaisePurchaseOrderCommand | ReceiveDeliveryCommand | CancelPurchaseOrderCommand;

export type OrderStatus = 'open' | 'completed' | 'cancelled';

export interface OrderLineState {
  readonly ordered: number;
  readonly received: number;
  /** 1.5: the line's price, per `pricePer` units of issue (1, or the purchase unit's content). */
  readonly unitPrice?: Cost;
  readonly pricePer?: number;
}

/** A raised purchase order: where its delivery goes and, per item, what was ordered and what has arrived. */
export interface PurchaseOrder {
  readonly status: OrderStatus;
  readonly locationId: string;
  readonly lines: Readonly<Record<string, OrderLineState>>;
}

export type OrderState = { readonly status: 'none' } | PurchaseOrder;

export const initialState = (): OrderState => ({ status: 'none' });

export function decide(command: OrderCommand, state: OrderState): OrderEvent[] {
  switch (command.type) {
    case 'inventory.RaisePurchaseOrder':
      return raisePurchaseOrder(command);
    case 'inventory.ReceiveDelivery':
      return receiveDelivery(command, state);
    case 'inventory.CancelPurchaseOrder':
      return cancelPurchaseOrder(command, state);
    default:
      return assertNever(command);
  }
}

function raisePurchaseOrder({ data, meta }: RaisePurchaseOrderCommand): OrderEvent[] {
  const lines = data.lines.map(({ itemId, quantity, inPurchaseUnit, unitPrice }) =>
    defined({ itemId, quantity, inPurchaseUnit, unitPrice }),
  );
  return [{ type: 'inventory.PurchaseOrderRaised', data: defined({ at: meta.now, by: meta.actorId, ...data, lines }) }];
}

/** Deliveries and cancellations act only on an order that exists and is still open. */
function openOrder(orderId: string, state: OrderState): PurchaseOrder {
  if (state.status === 'none') throw new NotFoundError(ORDER_NOT_FOUND, { orderId });
  if (state.status !== 'open') {
    throw new InvariantViolation(
      ORDER_CLOSED,
      { orderId, status: state.status },
      { message: `This order is ${state.status}.` },
    );
  }
  return state;
}

function receiveDelivery({ data, meta }: ReceiveDeliveryCommand, state: OrderState): OrderEvent[] {
  const { orderId, deliveryId, deliveryNote, lines } = data;
  const order = openOrder(orderId, state);
  const recorded = { at: meta.now, by: meta.actorId };
  const delivered = deliveredPerItem(lines);
  for (const [itemId, quantity] of delivered) {
    const line = order.lines[itemId];
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
  const complete = Object.entries(order.lines).every(
    ([itemId, line]) => line.received + (delivered.get(itemId) ?? 0) >= line.ordered,
  );
  return complete
    ? [received, { type: 'inventory.PurchaseOrderCompleted', data: { ...recorded, orderId } }]
    : [received];
}

function cancelPurchaseOrder({ data, meta }: CancelPurchaseOrderCommand, state: OrderState): OrderEvent[] {
  const { orderId, reason } = data;
  openOrder(orderId, state);
  return [{ type: 'inventory.PurchaseOrderCancelled', data: { at: meta.now, by: meta.actorId, orderId, reason } }];
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
        lines: Object.fromEntries(event.data.lines.map((l) => [l.itemId, orderedLine(l)])),
      };
    case 'inventory.DeliveryReceived': {
      if (state.status === 'none') return state;
      const lines = { ...state.lines };
      for (const [itemId, quantity] of deliveredPerItem(event.data.lines)) {
        const line = lines[itemId];
        if (line) lines[itemId] = { ...line, received: line.received + quantity };
      }
      return { ...state, lines };
    }
    case 'inventory.PurchaseOrderCompleted':
      return state.status === 'none' ? state : { ...state, status: 'completed' };
    case 'inventory.PurchaseOrderCancelled':
      return state.status === 'none' ? state : { ...state, status: 'cancelled' };
    default:
      return assertNever(event);
  }
}

function orderedLine(line: DataOf<typeof PurchaseOrderRaised>['lines'][number]): OrderLineState {
  if (!line.unitPrice) return { ordered: line.quantity, received: 0 };
  return {
    ordered: line.quantity,
    received: 0,
    unitPrice: line.unitPrice,
    pricePer: line.inPurchaseUnit?.unitsOfIssue ?? 1,
  };
}

export const orderDecider: Decider<OrderState, OrderCommand, OrderEvent> = { initialState, decide, evolve };
