import type { ItemCosts } from '@hms/plugin-inventory/contracts';

/**
 * A price's margin over what the stores pay: the price minus the dearest store's weighted average unit cost in the
 * price's currency (the prudent figure: no store sells at a loss), and that margin as a share of the price in basis
 * points. Null where no store has a cost in that currency.
 */
export function marginOf(
  amount: number,
  currency: string,
  costs: Pick<ItemCosts, 'stores'> | null,
): { marginOverCost: number | null; marginBasisPoints: number | null } {
  const unitCosts = (costs?.stores ?? [])
    .filter((s) => s.currency === currency && s.averageUnitCost !== null)
    .map((s) => s.averageUnitCost as number);
  if (unitCosts.length === 0) return { marginOverCost: null, marginBasisPoints: null };
  const margin = amount - Math.ceil(Math.max(...unitCosts));
  return { marginOverCost: margin, marginBasisPoints: amount === 0 ? null : Math.round((margin * 10_000) / amount) };
}
