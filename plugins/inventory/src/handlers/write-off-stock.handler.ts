import { handleCommand } from '@hms/sdk';
import { WriteOffStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { move, itemOf, streamsOf } from './stock-movement';

export const writeOffStockHandler = handleCommand(WriteOffStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const { lot, quantity, reason, note } = data;
    return (
      await move(ctx, 'inventory.WriteOffStock', await itemOf(ctx, data.itemId), data.locationId, {
        lot: lot ?? null,
        quantity,
        reason,
        note,
      })
    ).result;
  },
});
