import { InvariantViolation, NotFoundError, type QueryContext } from '@hms/sdk';
import { itemDecider, type CatalogueItem } from '../domain/item/item.decider';
import { locationDecider } from '../domain/location/location.decider';
import { itemStream } from '../domain/item/item.stream';
import { locationStream } from '../domain/location/location.stream';
import { ITEM_DISCONTINUED, ITEM_NOT_FOUND, LOCATION_NOT_FOUND } from '../errors';

type Loader = Pick<QueryContext, 'streams'>;

/** The item as the catalogue's stream has it, inside the command's transaction; 404 when there is none. */
export async function loadItem(
  ctx: Loader,
  itemId: string,
  purpose: 'move' | 'bring-in' = 'move',
): Promise<CatalogueItem> {
  const { state } = await ctx.streams.load(itemStream(itemId), itemDecider);
  if (state.status === 'none') throw new NotFoundError(ITEM_NOT_FOUND, { itemId });
  // A discontinued item is no longer ordered or received; what is in stock may still be issued and counted.
  if (purpose === 'bring-in' && state.status === 'discontinued') {
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
  if (state.status === 'none') throw new NotFoundError(LOCATION_NOT_FOUND, { locationId });
}
