import { handleCommand } from '@hms/sdk';
import { CountStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { move, itemOf, streamsOf } from './stock-movement';

export const countStockHandler = handleCommand(CountStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const { lot, expiresOn, counted, reason } = data;
    const counting = { lot: lot ?? null, expiresOn: expiresOn ?? null, counted, reason };
    return (await move(ctx, 'inventory.CountStock', await itemOf(ctx, data.itemId), data.locationId, counting)).result;
  },
});
