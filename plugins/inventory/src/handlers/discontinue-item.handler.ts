import { handleCommand } from '@hms/sdk';
import { DiscontinueItem } from '../contracts/commands';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import { itemDecider } from '../domain/item/item.decider';
import { itemStream } from '../domain/item/item.stream';

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
