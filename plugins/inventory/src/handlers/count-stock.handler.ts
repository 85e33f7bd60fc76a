import { handleCommand } from '@hms/sdk';
import { CountStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { move, stockAt, streamsOf } from './stock-movement';

export const countStockHandler = handleCommand(CountStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const { lot, expiresOn, counted, reason } = data;
    const target = await stockAt(ctx, data.itemId, data.locationId);
    const { result } = await move(ctx, {
      type: 'inventory.CountStock',
      data: { ...target, lot: lot ?? null, expiresOn: expiresOn ?? null, counted, reason },
      meta: ctx.meta,
    });
    return result;
  },
});
