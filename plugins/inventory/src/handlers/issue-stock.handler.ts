import { handleCommand } from '@hms/sdk';
import { IssueStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { move, itemOf, streamsOf, issuedLots } from './stock-movement';

export const issueStockHandler = handleCommand(IssueStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const item = await itemOf(ctx, data.itemId);
    const { result, events } = await move(ctx, 'inventory.IssueStock', item, data.locationId, {
      quantity: data.quantity,
      issuedTo: data.issuedTo,
    });
    return { ...result, taken: issuedLots(events) };
  },
});
