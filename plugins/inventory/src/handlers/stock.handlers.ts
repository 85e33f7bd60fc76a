import { handleCommand, InvariantViolation, type CommandContext } from '@hms/sdk';
import { CountStock, IssueStock, ReceiveStock, TransferStock, WriteOffStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import type { ItemState } from '../domain/item/item.decider';
import { stockDecider, type StockCommand, type StockEvent } from '../domain/stock/stock.decider';
import { itemStream, locationStream, stockStream } from '../domain/streams';
import { SAME_LOCATION } from '../errors';
import { assertLocation, loadItem } from './catalogue-lookups';
import { stockResult, type StockResult } from './stock-result';

type StockData<C extends StockCommand> = Omit<C['data'], 'tracksLots' | 'itemId' | 'locationId'>;

/**
 * Decides one movement on the stock of an item (as the catalogue has it) at a location, after checking the location.
 */
async function move<C extends StockCommand>(
  ctx: CommandContext,
  type: C['type'],
  item: { id: string; state: ItemState },
  locationId: string,
  data: StockData<C>,
): Promise<{ result: StockResult; events: readonly StockEvent[] }> {
  await assertLocation(ctx, locationId);
  const command = {
    type,
    data: { ...data, itemId: item.id, locationId, tracksLots: item.state.tracksLots },
    meta: ctx.meta,
  } as StockCommand;
  const decided = await ctx.streams.decide(stockStream(item.id, locationId), stockDecider, command);
  return { result: stockResult(item.id, locationId, decided.state), events: decided.events };
}

/** The item, checked once per command (a transfer moves it twice). */
const itemOf = async (ctx: CommandContext, itemId: string, purpose: 'move' | 'bring-in' = 'move') => ({
  id: itemId,
  state: await loadItem(ctx, itemId, purpose),
});

/** The streams a movement reads, for `preload` (the stock stream from its snapshot: it grows with every movement). */
const streamsOf = (itemId: string, ...locationIds: string[]): string[] => [
  itemStream(itemId),
  ...locationIds.flatMap((locationId) => [locationStream(locationId), stockStream(itemId, locationId)]),
];

export const receiveStockHandler = handleCommand(ReceiveStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const lots = [{ lot: data.lot ?? null, expiresOn: data.expiresOn ?? null, quantity: data.quantity }];
    const source = data.supplier ? { supplier: data.supplier } : {};
    return (
      await move(ctx, 'inventory.stock.Receive', await itemOf(ctx, data.itemId, 'bring-in'), data.locationId, {
        lots,
        source,
      })
    ).result;
  },
});

export const issueStockHandler = handleCommand(IssueStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const item = await itemOf(ctx, data.itemId);
    const { result, events } = await move(ctx, 'inventory.stock.Issue', item, data.locationId, {
      quantity: data.quantity,
      issuedTo: data.issuedTo,
    });
    return { ...result, taken: issuedLots(events) };
  },
});

/**
 * Out of one location and into the other in one transaction: the same lots, with their expiry dates, so a recall
 * or an expiry is still traced after the move. Either both happen or neither.
 */
export const transferStockHandler = handleCommand(TransferStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.fromLocationId, data.toLocationId),
  async handle(data, ctx) {
    const { itemId, fromLocationId, toLocationId, quantity } = data;
    if (fromLocationId === toLocationId) {
      throw new InvariantViolation(
        SAME_LOCATION,
        { locationId: fromLocationId },
        { message: 'The stock is already at that location.' },
      );
    }
    const transferId = ctx.newId();
    const item = await itemOf(ctx, itemId);
    const out = await move(ctx, 'inventory.stock.Issue', item, fromLocationId, { quantity, transferId, toLocationId });
    const lots = issuedLots(out.events);
    const into = await move(ctx, 'inventory.stock.Receive', item, toLocationId, {
      lots,
      source: { transferId, fromLocationId },
    });
    return { transferId, from: out.result, to: into.result, taken: lots };
  },
});

export const countStockHandler = handleCommand(CountStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const { lot, expiresOn, counted, reason } = data;
    const counting = { lot: lot ?? null, expiresOn: expiresOn ?? null, counted, reason };
    return (await move(ctx, 'inventory.stock.Count', await itemOf(ctx, data.itemId), data.locationId, counting)).result;
  },
});

export const writeOffStockHandler = handleCommand(WriteOffStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const { lot, quantity, reason, note } = data;
    return (
      await move(ctx, 'inventory.stock.WriteOff', await itemOf(ctx, data.itemId), data.locationId, {
        lot: lot ?? null,
        quantity,
        reason,
        note,
      })
    ).result;
  },
});

function issuedLots(
  events: readonly StockEvent[],
): { lot: string | null; expiresOn: string | null; quantity: number }[] {
  const issued = events.find((e) => e.type === 'inventory.StockIssued');
  return issued?.type === 'inventory.StockIssued' ? issued.data.lots.map((l) => ({ ...l })) : [];
}
