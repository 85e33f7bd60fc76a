import { handleCommand } from '@hms/sdk';
import { SetReorderLevel } from '../contracts/commands';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import { stockDecider } from '../domain/stock/stock.decider';
import { itemStream } from '../domain/item/item.stream';
import { locationStream } from '../domain/location/location.stream';
import { stockStream } from '../domain/stock/stock.stream';
import { assertLocation, loadItem } from './catalogue-lookups';
import { stockResult } from './stock-result';

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
      type: 'inventory.SetReorderLevel',
      data: { ...data, tracksLots: item.tracksLots },
      meta: ctx.meta,
    });
    return stockResult(data.itemId, data.locationId, decided.state);
  },
});
