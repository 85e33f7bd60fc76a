import { ConflictError, handleCommand, type CommandContext } from '@hms/sdk';
import { DefineItem, DefineLocation, DiscontinueItem, SetReorderLevel } from '../contracts/commands';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import type { ItemSummary, LocationView } from '../contracts/queries';
import { itemDecider } from '../domain/item/item.decider';
import { locationDecider } from '../domain/location/location.decider';
import { stockDecider } from '../domain/stock/stock.decider';
import { itemStream, locationStream, stockStream } from '../domain/streams';
import { ITEM_CODE_TAKEN, LOCATION_CODE_TAKEN } from '../errors';
import { assertLocation, loadItem } from './catalogue-lookups';
import { stockResult } from './stock-result';

/**
 * Codes are unique regardless of case. Checked here against the catalogue; two definitions racing in one moment
 * meet the read model's unique key, and the kernel decides the later one again, which this check then refuses.
 */
async function assertCodeFree(ctx: CommandContext, table: 'items' | 'locations', code: string): Promise<void> {
  const [taken] = await ctx.sql.query<{ id: string }>(
    `SELECT id FROM inventory.${table} WHERE lower(code) = lower($1)`,
    [code],
  );
  if (!taken) return;
  if (table === 'items')
    throw new ConflictError(
      ITEM_CODE_TAKEN,
      { code, itemId: taken.id },
      { message: `Item code ${code} is already in use.` },
    );
  throw new ConflictError(
    LOCATION_CODE_TAKEN,
    { code, locationId: taken.id },
    { message: `Location code ${code} is already in use.` },
  );
}

export const defineItemHandler = handleCommand(DefineItem, {
  permission: CATALOGUE_MANAGE,
  async handle(data, ctx): Promise<ItemSummary> {
    await assertCodeFree(ctx, 'items', data.code);
    const itemId = ctx.newId();
    const { state } = await ctx.streams.decide(itemStream(itemId), itemDecider, {
      type: 'inventory.DefineItem',
      data: { ...data, itemId },
      meta: ctx.meta,
    });
    const { code, name, category, unit, tracksLots, discontinued } = state;
    return { id: itemId, code, name, category, unit, tracksLots, discontinued, onHand: 0, lowLocations: 0 };
  },
});

export const discontinueItemHandler = handleCommand(DiscontinueItem, {
  permission: CATALOGUE_MANAGE,
  preload: (data) => [itemStream(data.itemId)],
  async handle(data, ctx) {
    await ctx.streams.decide(itemStream(data.itemId), itemDecider, {
      type: 'inventory.DiscontinueItem',
      data,
      meta: ctx.meta,
    });
    return { itemId: data.itemId, discontinued: true };
  },
});

export const defineLocationHandler = handleCommand(DefineLocation, {
  permission: CATALOGUE_MANAGE,
  async handle(data, ctx): Promise<LocationView> {
    await assertCodeFree(ctx, 'locations', data.code);
    const locationId = ctx.newId();
    const { state } = await ctx.streams.decide(locationStream(locationId), locationDecider, {
      type: 'inventory.DefineLocation',
      data: { ...data, locationId },
      meta: ctx.meta,
    });
    return { id: locationId, code: state.code, name: state.name };
  },
});

export const setReorderLevelHandler = handleCommand(SetReorderLevel, {
  permission: CATALOGUE_MANAGE,
  preload: (data) => [
    itemStream(data.itemId),
    locationStream(data.locationId),
    stockStream(data.itemId, data.locationId),
  ],
  async handle(data, ctx) {
    const item = await loadItem(ctx, data.itemId);
    await assertLocation(ctx, data.locationId);
    const decided = await ctx.streams.decide(stockStream(data.itemId, data.locationId), stockDecider, {
      type: 'inventory.stock.SetLevel',
      data: { ...data, tracksLots: item.tracksLots },
      meta: ctx.meta,
    });
    return stockResult(data.itemId, data.locationId, decided.state);
  },
});
