import { type CommandContext } from '@hms/sdk';
import type { CatalogueItem } from '../domain/item/item.decider';
import { stockDecider, type StockCommand, type StockEvent } from '../domain/stock/stock.decider';
import { itemStream } from '../domain/item/item.stream';
import { locationStream } from '../domain/location/location.stream';
import { stockStream } from '../domain/stock/stock.stream';
import { assertLocation, loadItem } from './catalogue-lookups';
import { stockResult, type StockResult } from './stock-result';

export type StockData<C extends StockCommand> = Omit<C['data'], 'tracksLots' | 'itemId' | 'locationId'>;

/**
 * Decides one movement on the stock of an item (as the catalogue has it) at a location, after checking the location.
 */
export async function move<C extends StockCommand>(
  ctx: CommandContext,
  type: C['type'],
  item: { id: string; state: CatalogueItem },
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
export const itemOf = async (ctx: CommandContext, itemId: string, purpose: 'move' | 'bring-in' = 'move') => ({
  id: itemId,
  state: await loadItem(ctx, itemId, purpose),
});

/** The streams a movement reads, for `preload` (the stock stream from its snapshot: it grows with every movement). */
export const streamsOf = (itemId: string, ...locationIds: string[]): string[] => [
  itemStream(itemId),
  ...locationIds.flatMap((locationId) => [locationStream(locationId), stockStream(itemId, locationId)]),
];

export function issuedLots(
  events: readonly StockEvent[],
): { lot: string | null; expiresOn: string | null; quantity: number }[] {
  const issued = events.find((e) => e.type === 'inventory.StockIssued');
  return issued?.type === 'inventory.StockIssued' ? issued.data.lots.map((l) => ({ ...l })) : [];
}
