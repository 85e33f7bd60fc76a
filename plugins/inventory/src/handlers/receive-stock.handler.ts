import { handleCommand } from '@hms/sdk';
import { ReceiveStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { move, stockAt, streamsOf } from './stock-movement';
import { assertValuedIn } from './stock-currency';

export const receiveStockHandler = handleCommand(ReceiveStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const lots = [
      {
        lot: data.lot ?? null,
        expiresOn: data.expiresOn ?? null,
        quantity: data.quantity,
        ...(data.unitCost ? { unitCost: data.unitCost } : {}),
      },
    ];
    await assertValuedIn(ctx, data.itemId, data.locationId, lots);
    const source = data.supplier ? { supplier: data.supplier } : {};
    const target = await stockAt(ctx, data.itemId, data.locationId, 'bring-in');
    const { result } = await move(ctx, {
      type: 'inventory.ReceiveStock',
      data: { ...target, lots, source },
      meta: ctx.meta,
    });
    return result;
  },
});
