import { InvariantViolation, type CommandContext } from '@hms/sdk';
import type { Cost } from '../contracts/equipment-schemas';
import { CURRENCY_MISMATCH } from '../errors';

/**
 * A store values an item in one currency (a weighted average of two currencies means nothing): the first receipt
 * with a cost sets it, and a later receipt priced in another currency is refused rather than mixed in.
 */
export async function assertValuedIn(
  ctx: Pick<CommandContext, 'sql'>,
  itemId: string,
  locationId: string,
  lots: readonly { unitCost?: Cost; totalCost?: Cost }[],
): Promise<void> {
  const currencies = new Set(lots.flatMap((l) => [l.unitCost, l.totalCost].flatMap((c) => (c ? [c.currency] : []))));
  if (currencies.size === 0) return;
  const [valued] = await ctx.sql.query<{ currency: string | null }>(
    `SELECT currency FROM inventory.stock_values WHERE item_id = $1 AND location_id = $2`,
    [itemId, locationId],
  );
  const held = valued?.currency ?? null;
  const expected = held ?? [...currencies][0];
  for (const currency of currencies) {
    if (currency !== expected) {
      throw new InvariantViolation(
        CURRENCY_MISMATCH,
        { itemId, locationId, currency: expected },
        { message: `This item is valued in ${expected ?? currency} at this store; give its cost in that currency.` },
      );
    }
  }
}
