import { assertNever, InvariantViolation, type Command, type DataOf, type Decider } from '@hms/sdk';
import type {
  ReorderLevelSet,
  StockCounted,
  StockFellBelowReorderLevel,
  StockIssued,
  StockIssueReversed,
  StockReceived,
  StockRestored,
  StockWrittenOff,
} from '../../contracts/events';
import {
  EXPIRED_ON_ARRIVAL,
  INSUFFICIENT_STOCK,
  ISSUE_ALREADY_REVERSED,
  LOT_EXPIRY_MISMATCH,
  LOT_NOT_TRACKED,
  LOT_REQUIRED,
} from '../../errors';
import type { LotQuantity } from '../../contracts/schemas';
import type { DispensedStockReturned } from '../../contracts/dispensing-events';
import type { Cost } from '../../contracts/equipment-schemas';
import { defined } from '../defined';
import { checkedLot, takeEarliestExpiry } from './stock.lots';
import { initialStock, lotKey, type LotBalance, type StockState, type StockTarget } from './stock.state';

export type StockEvent =
  | { type: 'inventory.ReorderLevelSet'; data: DataOf<typeof ReorderLevelSet> }
  | { type: 'inventory.StockReceived'; data: DataOf<typeof StockReceived> }
  | { type: 'inventory.StockIssued'; data: DataOf<typeof StockIssued> }
  | { type: 'inventory.StockIssueReversed'; data: DataOf<typeof StockIssueReversed> }
  | { type: 'inventory.StockCounted'; data: DataOf<typeof StockCounted> }
  | { type: 'inventory.StockWrittenOff'; data: DataOf<typeof StockWrittenOff> }
  | { type: 'inventory.StockFellBelowReorderLevel'; data: DataOf<typeof StockFellBelowReorderLevel> }
  | { type: 'inventory.StockRestored'; data: DataOf<typeof StockRestored> }
  | { type: 'inventory.DispensedStockReturned'; data: DataOf<typeof DispensedStockReturned> };

/** A receipt's lots (one command may bring several lots of the item) and where they came from. */
export type ReceiveStockCommand = Command<
  'inventory.ReceiveStock',
  StockTarget & {
    lots: readonly {
      lot: string | null;
      expiresOn: string | null;
      quantity: number;
      unitCost?: Cost;
      /** 1.5: the lot's whole cost, when bought in a purchase unit. */
      totalCost?: Cost;
    }[];
    source: { orderId?: string; deliveryId?: string; transferId?: string; fromLocationId?: string; supplier?: string };
  }
>;
export type IssueStockCommand = Command<
  'inventory.IssueStock',
  StockTarget & {
    quantity: number;
    issuedTo?: string;
    costCentre?: string;
    workOrderId?: string;
    transferId?: string;
    toLocationId?: string;
    /** An issue to a patient: its new id, the patient and the encounter when known. */
    issueId?: string;
    patientId?: string;
    encounterId?: string;
    /** A dispense (1.4): the prescription it supplies; `issueId` is the dispense's id. */
    prescriptionId?: string;
  }
>;
/** The issue as the stock card recorded it (the handler looks it up), and whether it was reversed already. */
export type ReverseIssueCommand = Command<
  'inventory.ReverseIssue',
  StockTarget & {
    issue: { issueId: string; patientId: string; quantity: number; lots: readonly LotQuantity[]; reversed: boolean };
    reason: string;
  }
>;
export type CountStockCommand = Command<
  'inventory.CountStock',
  StockTarget & {
    lot: string | null;
    expiresOn: string | null;
    counted: number;
    reason?: string;
  }
>;
export type WriteOffStockCommand = Command<
  'inventory.WriteOffStock',
  StockTarget & {
    lot: string | null;
    quantity: number;
    reason: 'expired' | 'damaged' | 'recalled' | 'lost';
    note?: string;
  }
>;
/** Dispensed units back from a patient (1.4): the dispensation chose the lots, which come back as they left. */
export type ReturnDispensedStockCommand = Command<
  'inventory.ReturnDispensedStock',
  StockTarget & {
    prescriptionId: string;
    patientId: string;
    dispenseId: string;
    returnId: string;
    lots: readonly LotQuantity[];
    reason: string;
  }
>;
export type SetReorderLevelCommand = Command<
  'inventory.SetReorderLevel',
  StockTarget & { reorderLevel: number; reorderQuantity: number }
>;
export type StockCommand =
  | ReceiveStockCommand
  | IssueStockCommand
  | ReverseIssueCommand
  | CountStockCommand
  | WriteOffStockCommand
  | SetReorderLevelCommand
  | ReturnDispensedStockCommand;

export function decide(command: StockCommand, state: StockState): StockEvent[] {
  switch (command.type) {
    case 'inventory.ReceiveStock':
      return withLowStockAlert(command, state, receiveStock(command, state));
    case 'inventory.IssueStock':
      return withLowStockAlert(command, state, issueStock(command, state));
    case 'inventory.ReverseIssue':
      return withLowStockAlert(command, state, reverseIssue(command, state));
    case 'inventory.CountStock':
      return withLowStockAlert(command, state, countStock(command, state));
    case 'inventory.WriteOffStock':
      return withLowStockAlert(command, state, writeOffStock(command, state));
    case 'inventory.SetReorderLevel':
      return withLowStockAlert(command, state, setReorderLevel(command));
    case 'inventory.ReturnDispensedStock':
      return withLowStockAlert(command, state, returnDispensedStock(command));
    default:
      return assertNever(command);
  }
}

/** What every stock event records besides its own facts. */
function baseOf({ data, meta }: StockCommand): BaseFields {
  return { at: meta.now, by: meta.actorId, itemId: data.itemId, locationId: data.locationId };
}

function receiveStock(command: ReceiveStockCommand, state: StockState): StockEvent[] {
  const base = baseOf(command);
  const today = command.meta.now.slice(0, 10);
  const { source } = command.data;
  return command.data.lots.map((received) => {
    const lot = checkedLot(command.data, received.lot, received.expiresOn);
    const expiresOn = lot === null ? null : received.expiresOn;
    const held = state.lots[lotKey(lot)];
    if (held && held.expiresOn !== expiresOn) {
      throw new InvariantViolation(
        LOT_EXPIRY_MISMATCH,
        { lot, expiresOn: held.expiresOn },
        { message: `Lot ${lot} is already held here with expiry date ${held.expiresOn}.` },
      );
    }
    // A transfer moves stock that is already here, in the hospital: only new stock is refused past its date.
    if (expiresOn !== null && expiresOn < today && source.transferId === undefined) {
      throw new InvariantViolation(
        EXPIRED_ON_ARRIVAL,
        { lot, expiresOn },
        { message: 'This lot has expired; it cannot be received.' },
      );
    }
    return {
      type: 'inventory.StockReceived',
      data: defined({
        ...base,
        quantity: received.quantity,
        lot,
        expiresOn,
        ...source,
        unitCost: received.unitCost,
        totalCost: received.totalCost,
      }),
    };
  });
}

function issueStock(command: IssueStockCommand, state: StockState): StockEvent[] {
  const base = baseOf(command);
  const { quantity, issuedTo, costCentre, workOrderId, transferId, toLocationId } = command.data;
  const { issueId, patientId, encounterId, prescriptionId } = command.data;
  const lots = takeEarliestExpiry(state, quantity, command.meta.now.slice(0, 10), ids(base));
  const forPatient = { issueId, patientId, encounterId, prescriptionId };
  return [
    {
      type: 'inventory.StockIssued',
      data: defined({
        ...base,
        quantity,
        lots,
        issuedTo,
        costCentre,
        workOrderId,
        transferId,
        toLocationId,
        ...forPatient,
      }),
    },
  ];
}

/** The issue's lots come back as they left (lot and expiry kept), once. */
function reverseIssue(command: ReverseIssueCommand, state: StockState): StockEvent[] {
  const { issue, reason } = command.data;
  if (issue.reversed || state.reversedIssues[issue.issueId])
    throw new InvariantViolation(ISSUE_ALREADY_REVERSED, { issueId: issue.issueId });
  const { issueId, patientId, quantity } = issue;
  const lots = issue.lots.map((l) => ({ ...l }));
  return [
    { type: 'inventory.StockIssueReversed', data: { ...baseOf(command), issueId, patientId, quantity, lots, reason } },
  ];
}

function countStock(command: CountStockCommand, state: StockState): StockEvent[] {
  const base = baseOf(command);
  const { counted, reason } = command.data;
  const lot = checkedLot(command.data, command.data.lot, command.data.expiresOn);
  const held = state.lots[lotKey(lot)];
  if (lot !== null && !held && command.data.expiresOn === null) {
    throw new InvariantViolation(
      LOT_REQUIRED,
      { itemId: base.itemId },
      { message: 'A lot not held here needs its expiry date.' },
    );
  }
  const expiresOn = held?.expiresOn ?? (lot === null ? null : command.data.expiresOn);
  return [
    {
      type: 'inventory.StockCounted',
      data: defined({ ...base, lot, expiresOn, counted, expected: held?.quantity ?? 0, reason }),
    },
  ];
}

function writeOffStock(command: WriteOffStockCommand, state: StockState): StockEvent[] {
  const base = baseOf(command);
  const { quantity, reason, note, tracksLots } = command.data;
  const lot = tracksLots ? command.data.lot : null;
  if (tracksLots && lot === null) {
    throw new InvariantViolation(LOT_REQUIRED, { itemId: base.itemId }, { message: 'Name the lot to write off.' });
  }
  if (!tracksLots && command.data.lot !== null) throw new InvariantViolation(LOT_NOT_TRACKED, { itemId: base.itemId });
  const available = state.lots[lotKey(lot)]?.quantity ?? 0;
  if (available < quantity) {
    throw new InvariantViolation(
      INSUFFICIENT_STOCK,
      { ...ids(base), lot, requested: quantity, available },
      { message: `Only ${available} of this lot ${available === 1 ? 'is' : 'are'} here.` },
    );
  }
  return [{ type: 'inventory.StockWrittenOff', data: defined({ ...base, lot, quantity, reason, note }) }];
}

/** Checked by the dispensation (never more than is still out with the patient): the lots come back as they left. */
function returnDispensedStock(command: ReturnDispensedStockCommand): StockEvent[] {
  const { prescriptionId, patientId, dispenseId, returnId, reason } = command.data;
  const lots = command.data.lots.map((l) => ({ ...l }));
  const quantity = lots.reduce((sum, l) => sum + l.quantity, 0);
  const returned = { prescriptionId, patientId, dispenseId, returnId, quantity, lots, reason };
  return [{ type: 'inventory.DispensedStockReturned', data: { ...baseOf(command), ...returned } }];
}

function setReorderLevel(command: SetReorderLevelCommand): StockEvent[] {
  const { reorderLevel, reorderQuantity } = command.data;
  return [{ type: 'inventory.ReorderLevelSet', data: { ...baseOf(command), reorderLevel, reorderQuantity } }];
}

type BaseFields = { at: string; by: string; itemId: string; locationId: string };
const ids = (base: BaseFields): { itemId: string; locationId: string } => ({
  itemId: base.itemId,
  locationId: base.locationId,
});

/**
 * The command's events, followed by the low-stock alert's start when they take the stock below the reorder level,
 * or its end when they bring it back at or above it.
 */
function withLowStockAlert(command: StockCommand, before: StockState, movement: StockEvent[]): StockEvent[] {
  const base = baseOf(command);
  const after = movement.reduce(evolve, before);
  const below = after.reorderLevel > 0 && after.onHand < after.reorderLevel;
  if (below && before.alert === 'none') {
    return [
      ...movement,
      {
        type: 'inventory.StockFellBelowReorderLevel',
        data: {
          ...base,
          onHand: after.onHand,
          reorderLevel: after.reorderLevel,
          reorderQuantity: after.reorderQuantity,
        },
      },
    ];
  }
  if (!below && before.alert === 'low-stock') {
    return [
      ...movement,
      { type: 'inventory.StockRestored', data: { ...base, onHand: after.onHand, reorderLevel: after.reorderLevel } },
    ];
  }
  return movement;
}

export function evolve(state: StockState, event: StockEvent): StockState {
  switch (event.type) {
    case 'inventory.ReorderLevelSet':
      return { ...state, reorderLevel: event.data.reorderLevel, reorderQuantity: event.data.reorderQuantity };
    case 'inventory.StockReceived':
      return adjust(state, event.data.lot, event.data.expiresOn, event.data.quantity);
    case 'inventory.StockIssued':
      return event.data.lots.reduce((s, taken) => adjust(s, taken.lot, taken.expiresOn, -taken.quantity), state);
    case 'inventory.StockIssueReversed': {
      const back = event.data.lots.reduce((s, lot) => adjust(s, lot.lot, lot.expiresOn, lot.quantity), state);
      return { ...back, reversedIssues: { ...state.reversedIssues, [event.data.issueId]: true } };
    }
    case 'inventory.StockCounted': {
      const held = state.lots[lotKey(event.data.lot)]?.quantity ?? 0;
      return adjust(state, event.data.lot, event.data.expiresOn, event.data.counted - held);
    }
    case 'inventory.StockWrittenOff':
      return adjust(state, event.data.lot, state.lots[lotKey(event.data.lot)]?.expiresOn ?? null, -event.data.quantity);
    case 'inventory.StockFellBelowReorderLevel':
      return { ...state, alert: 'low-stock' };
    case 'inventory.StockRestored':
      return { ...state, alert: 'none' };
    case 'inventory.DispensedStockReturned':
      return event.data.lots.reduce((s, lot) => adjust(s, lot.lot, lot.expiresOn, lot.quantity), state);
    default:
      return assertNever(event);
  }
}

function adjust(state: StockState, lot: string | null, expiresOn: string | null, change: number): StockState {
  const key = lotKey(lot);
  const quantity = (state.lots[key]?.quantity ?? 0) + change;
  const lots: Record<string, LotBalance> = { ...state.lots };
  if (quantity > 0) lots[key] = { lot, expiresOn: state.lots[key]?.expiresOn ?? expiresOn, quantity };
  else delete lots[key];
  return { ...state, lots, onHand: state.onHand + change };
}

export const stockDecider: Decider<StockState, StockCommand, StockEvent> = {
  initialState: initialStock,
  decide,
  evolve,
  // A busy store's stream grows by every issue: keep the folded state so each issue reads a few events, not years.
  // Every 25: the state is small (lots and counts) and one upserted row per stream, while at 200 a batch of 15 issues
  // read some 1,300 events to fold (pg_stat_statements under pnpm bench stock, 32 clients).
  // 2: `low: boolean` became `alert`; 3: the issues reversed (1.1).
  snapshot: { key: 'inventory.stock/3', every: 25 },
};
