import { handleCommand } from '@hms/sdk';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import { DefinePurchaseUnit } from '../contracts/purchasing-commands';
import { purchaseUnitDecider } from '../domain/purchase-unit/purchase-unit.decider';
import { purchaseUnitStream } from '../domain/purchase-unit/purchase-unit.stream';
import { loadItem } from './catalogue-lookups';

export const definePurchaseUnitHandler = handleCommand(DefinePurchaseUnit, {
  permission: CATALOGUE_MANAGE,
  async handle(data, ctx) {
    await loadItem(ctx, data.itemId);
    await ctx.streams.decide(purchaseUnitStream(data.itemId), purchaseUnitDecider, {
      type: 'inventory.DefinePurchaseUnit',
      data,
      meta: ctx.meta,
    });
    return { itemId: data.itemId, unit: data.unit, unitsOfIssue: data.unitsOfIssue };
  },
});
