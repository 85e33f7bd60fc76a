import { handleCommand, InvariantViolation } from '@hms/sdk';
import { TransferStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { SAME_LOCATION } from '../errors';
import { issuedLots, move, stockAt, streamsOf } from './stock-movement';

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
    const from = await stockAt(ctx, itemId, fromLocationId);
    const out = await move(ctx, {
      type: 'inventory.IssueStock',
      data: { ...from, quantity, transferId, toLocationId },
      meta: ctx.meta,
    });
    const lots = issuedLots(out.events);
    const to = await stockAt(ctx, itemId, toLocationId);
    const into = await move(ctx, {
      type: 'inventory.ReceiveStock',
      data: { ...to, lots, source: { transferId, fromLocationId } },
      meta: ctx.meta,
    });
    return { transferId, from: out.result, to: into.result, taken: lots };
  },
});
