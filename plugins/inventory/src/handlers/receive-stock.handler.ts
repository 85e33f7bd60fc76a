import { handleCommand } from '@hms/sdk';
import { ReceiveStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { move, itemOf, streamsOf } from './stock-movement';

export const receiveStockHandler = handleCommand(ReceiveStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const lots = [{ lot: data.lot ?? null, expiresOn: data.expiresOn ?? null, quantity: data.quantity }];
    const source = data.supplier ? { supplier: data.supplier } : {};
    return (
      await move(ctx, 'inventory.ReceiveStock', await itemOf(ctx, data.itemId, 'bring-in'), data.locationId, {
        lots,
        source,
      })
    ).result;
  },
});
