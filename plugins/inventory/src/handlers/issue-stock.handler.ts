import { handleCommand } from '@hms/sdk';
import { IssueStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { move, stockAt, streamsOf, issuedLots } from './stock-movement';

export const issueStockHandler = handleCommand(IssueStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    const target = await stockAt(ctx, data.itemId, data.locationId);
    const { result, events } = await move(ctx, {
      type: 'inventory.IssueStock',
      data: { ...target, quantity: data.quantity, issuedTo: data.issuedTo },
      meta: ctx.meta,
    });
    return { ...result, taken: issuedLots(events) };
  },
});
