import { handleCommand } from '@hms/sdk';
import { WriteOffStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { move, stockAt, streamsOf } from './stock-movement';

export const writeOffStockHandler = handleCommand(WriteOffStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const { lot, quantity, reason, note } = data;
    const target = await stockAt(ctx, data.itemId, data.locationId);
    const { result } = await move(ctx, {
      type: 'inventory.WriteOffStock',
      data: { ...target, lot: lot ?? null, quantity, reason, note },
      meta: ctx.meta,
    });
    return result;
  },
});
