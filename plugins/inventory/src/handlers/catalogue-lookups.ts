import { InvariantViolation, NotFoundError, type QueryContext } from '@hms/sdk';
import { itemDecider, type ItemState } from '../domain/item/item.decider';
import { locationDecider } from '../domain/location/location.decider';
import { itemStream, locationStream } from '../domain/streams';
import { ITEM_DISCONTINUED, ITEM_NOT_FOUND, LOCATION_NOT_FOUND } from '../errors';

type Loader = Pick<QueryContext, 'streams'>;

/** The item as the catalogue's stream has it, inside the command's transaction; 404 when there is none. */
export async function loadItem(ctx: Loader, itemId: string, purpose: 'move' | 'bring-in' = 'move'): Promise<ItemState> {
  const { state } = await ctx.streams.load(itemStream(itemId), itemDecider);
  if (!state.defined) throw new NotFoundError(ITEM_NOT_FOUND, { itemId });
  // A discontinued item is no longer ordered or received; what is in stock may still be issued and counted.
  if (purpose === 'bring-in' && state.discontinued) {
    throw new InvariantViolation(
      ITEM_DISCONTINUED,
      { itemId },
      { message: 'This item was discontinued; it is no longer ordered or received.' },
    );
  }
  return state;
}

export async function assertLocation(ctx: Loader, locationId: string): Promise<void> {
  const { state } = await ctx.streams.load(locationStream(locationId), locationDecider);
  if (!state.defined) throw new NotFoundError(LOCATION_NOT_FOUND, { locationId });
}
