import type { CommandContext } from '@hms/sdk';
import type { Cost } from '../contracts/equipment-schemas';
import type { InPurchaseUnit } from '../contracts/purchasing-schemas';
import { purchaseUnitDecider, unitsOfIssueIn } from '../domain/purchase-unit/purchase-unit.decider';
import { purchaseUnitStream } from '../domain/purchase-unit/purchase-unit.stream';

/**
 * A quantity given in a purchase unit, converted to units of issue: whole numbers times a whole content, so the
 * conversion is exact. Without a purchase unit the quantity is already in units of issue.
 */
export async function inUnitsOfIssue(
  ctx: Pick<CommandContext, 'streams'>,
  itemId: string,
  quantity: number,
  purchaseUnit: string | undefined,
): Promise<{ quantity: number; inPurchaseUnit?: InPurchaseUnit }> {
  if (purchaseUnit === undefined) return { quantity };
  const { state } = await ctx.streams.load(purchaseUnitStream(itemId), purchaseUnitDecider);
  const unitsOfIssue = unitsOfIssueIn(state, itemId, purchaseUnit);
  const unit = state.units[purchaseUnit.trim().toLowerCase()]?.unit ?? purchaseUnit;
  return { quantity: quantity * unitsOfIssue, inPurchaseUnit: { unit, unitsOfIssue, quantity } };
}

/**
 * What a delivered line cost, for the stock's value. A cost given per unit of issue stays a unit cost (as before
 * 1.5); one given per purchase unit becomes the line's total, exact. Without a cost, the order line's price gives
 * it: per unit of issue as is, per purchase unit as quantity × price ÷ content, rounded to the minor unit only when
 * a delivery splits a purchase unit.
 */
export function deliveredCost(
  line: { quantity: number; inPurchaseUnit?: InPurchaseUnit; unitCost?: Cost },
  ordered: { unitPrice?: Cost; pricePer?: number } | undefined,
): { unitCost?: Cost } | { totalCost: Cost } | Record<string, never> {
  if (line.unitCost && !line.inPurchaseUnit) return { unitCost: line.unitCost };
  if (line.unitCost && line.inPurchaseUnit) {
    return { totalCost: { ...line.unitCost, amount: line.unitCost.amount * line.inPurchaseUnit.quantity } };
  }
  if (!ordered?.unitPrice) return {};
  const per = ordered.pricePer ?? 1;
  if (per === 1) return { unitCost: ordered.unitPrice };
  return { totalCost: { ...ordered.unitPrice, amount: Math.round((line.quantity * ordered.unitPrice.amount) / per) } };
}
