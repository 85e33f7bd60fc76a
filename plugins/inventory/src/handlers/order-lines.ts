import type { CommandContext } from '@hms/sdk';
import type { Cost } from '../contracts/equipment-schemas';
import type { InPurchaseUnit } from '../contracts/purchasing-schemas';
import { supplierDecider } from '../domain/supplier/supplier.decider';
import { supplierStream } from '../domain/supplier/supplier.stream';
import { inUnitsOfIssue } from './purchase-units';

interface RequestedLine {
  itemId: string;
  quantity: number;
  purchaseUnit?: string;
  unitPrice?: Cost;
}
export interface OrderedLine {
  itemId: string;
  quantity: number;
  inPurchaseUnit?: InPurchaseUnit;
  unitPrice?: Cost;
}

/**
 * The order's lines in units of issue, each priced: the price given on the line, else the supplier's price for the
 * item when the line is in the unit that price is for (a price per box does not price an order in tablets). A
 * supplier in free text has no price list.
 */
export async function pricedOrderLines(
  ctx: Pick<CommandContext, 'streams'>,
  supplierId: string | undefined,
  lines: readonly RequestedLine[],
): Promise<OrderedLine[]> {
  const prices = supplierId ? await priceList(ctx, supplierId) : {};
  const priced: OrderedLine[] = [];
  for (const line of lines) {
    const converted = await inUnitsOfIssue(ctx, line.itemId, line.quantity, line.purchaseUnit);
    const listed = prices[line.itemId];
    const sameUnit =
      listed && (listed.purchaseUnit ?? '').toLowerCase() === (converted.inPurchaseUnit?.unit ?? '').toLowerCase();
    const unitPrice = line.unitPrice ?? (sameUnit ? listed.unitPrice : undefined);
    priced.push({ itemId: line.itemId, ...converted, ...(unitPrice ? { unitPrice } : {}) });
  }
  return priced;
}

async function priceList(
  ctx: Pick<CommandContext, 'streams'>,
  supplierId: string,
): Promise<Readonly<Record<string, { unitPrice: Cost; purchaseUnit?: string }>>> {
  const { state } = await ctx.streams.load(supplierStream(supplierId), supplierDecider);
  return state.status === 'defined' ? (state.prices ?? {}) : {};
}
