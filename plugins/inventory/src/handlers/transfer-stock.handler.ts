import { handleCommand, InvariantViolation } from '@hms/sdk';
import { TransferStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { SAME_LOCATION } from '../errors';
import { move, itemOf, streamsOf, issuedLots } from './stock-movement';

/**
 * Out of one location and into the other in one transaction: the same lots, with their expiry dates, so a recall
 * or an expiry is still traced after the move. Either both happen or neither.
 */
export const transferStockHandler = handleCommand(TransferStock, {
  permission: STOCK_MOVE,
  preload: (data) => streamsOf(data.itemId, data.fromLocationId, data.toLocationId),
  async handle(data, ctx) {
    const { itemId, fromLocationId, toLocationId, quantity } = data;
    if (fromLocationId === toLocationId) {
      throw new InvariantViolation(
        SAME_LOCATION,
        { locationId: fromLocationId },
        { message: 'The stock is already at that location.' },
      );
    }
    const transferId = ctx.newId();
    const item = await itemOf(ctx, itemId);
    const out = await move(ctx, 'inventory.IssueStock', item, fromLocationId, { quantity, transferId, toLocationId });
    const lots = issuedLots(out.events);
    const into = await move(ctx, 'inventory.ReceiveStock', item, toLocationId, {
      lots,
      source: { transferId, fromLocationId },
    });
    return { transferId, from: out.result, to: into.result, taken: lots };
  },
});
