import { type CommandContext } from '@hms/sdk';
import { stockDecider, type StockCommand, type StockEvent } from '../domain/stock/stock.decider';
import type { StockTarget } from '../domain/stock/stock.state';
import { itemStream } from '../domain/item/item.stream';
import { locationStream } from '../domain/location/location.stream';
import { stockStream } from '../domain/stock/stock.stream';
import { assertLocation, loadItem } from './catalogue-lookups';
import { stockResult, type StockResult } from './stock-result';

/**
 * The stock a movement is on, after checking the item (as the catalogue has it: whether it is kept by lot) and the
 * location: the fields every stock command carries.
 */
export async function stockAt(
  ctx: CommandContext,
  itemId: string,
  locationId: string,
  purpose: 'move' | 'bring-in' = 'move',
): Promise<StockTarget> {
  const item = await loadItem(ctx, itemId, purpose);
  await assertLocation(ctx, locationId);
  return { itemId, locationId, tracksLots: item.tracksLots };
}

/** Decides one command on the stock of an item at a location: a movement or its reorder level. */
export async function move(
  ctx: CommandContext,
  command: StockCommand,
): Promise<{ result: StockResult; events: readonly StockEvent[] }> {
  const { itemId, locationId } = command.data;
  const decided = await ctx.streams.decide(stockStream(itemId, locationId), stockDecider, command);
  return { result: stockResult(itemId, locationId, decided.state), events: decided.events };
}

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
