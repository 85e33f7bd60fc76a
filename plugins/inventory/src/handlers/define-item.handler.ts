import { handleCommand, NotFoundError } from '@hms/sdk';
import { ITEM_NOT_FOUND } from '../errors';
import { DefineItem } from '../contracts/commands';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import type { ItemSummary } from '../contracts/queries';
import { itemDecider } from '../domain/item/item.decider';
import { itemStream } from '../domain/item/item.stream';
import { assertCodeFree } from './catalogue-codes';

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
    // The item was just defined, so its state is never 'none' here; the check only narrows the type.
    if (state.status === 'none') throw new NotFoundError(ITEM_NOT_FOUND, { itemId });
    const { code, name, category, unit, tracksLots, drugCode, formulary } = state;
    const discontinued = state.status === 'discontinued';
    const pharmacy = { drugCode, formulary };
    return {
      id: itemId,
      code,
      name,
      category,
      unit,
      tracksLots,
      ...pharmacy,
      discontinued,
      onHand: 0,
      lowLocations: 0,
    };
  },
});
