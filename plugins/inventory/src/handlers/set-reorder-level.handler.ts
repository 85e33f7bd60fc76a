import { handleCommand } from '@hms/sdk';
import { SetReorderLevel } from '../contracts/commands';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import { move, stockAt, streamsOf } from './stock-movement';

export const setReorderLevelHandler = handleCommand(SetReorderLevel, {
  permission: CATALOGUE_MANAGE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const target = await stockAt(ctx, data.itemId, data.locationId);
    const { reorderLevel, reorderQuantity } = data;
    const { result } = await move(ctx, {
      type: 'inventory.SetReorderLevel',
      data: { ...target, reorderLevel, reorderQuantity },
      meta: ctx.meta,
    });
    return result;
  },
});
