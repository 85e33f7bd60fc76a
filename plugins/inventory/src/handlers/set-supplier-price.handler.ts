import { handleCommand } from '@hms/sdk';
import { ORDER_MANAGE } from '../contracts/permissions';
import { SetSupplierPrice } from '../contracts/purchasing-commands';
import { supplierDecider } from '../domain/supplier/supplier.decider';
import { supplierStream } from '../domain/supplier/supplier.stream';
import { loadItem } from './catalogue-lookups';
import { inUnitsOfIssue } from './purchase-units';

export const setSupplierPriceHandler = handleCommand(SetSupplierPrice, {
  permission: ORDER_MANAGE,
  async handle(data, ctx) {
    await loadItem(ctx, data.itemId);
    // A price per box names a box the item is bought in (PURCHASE_UNIT_UNKNOWN otherwise), kept as it was defined.
    const { inPurchaseUnit } = await inUnitsOfIssue(ctx, data.itemId, 1, data.purchaseUnit);
    const purchaseUnit = inPurchaseUnit?.unit;
    await ctx.streams.decide(supplierStream(data.supplierId), supplierDecider, {
      type: 'inventory.SetSupplierPrice',
      data: { ...data, ...(purchaseUnit ? { purchaseUnit } : {}) },
      meta: ctx.meta,
    });
    return {
      supplierId: data.supplierId,
      itemId: data.itemId,
      unitPrice: data.unitPrice,
      purchaseUnit: purchaseUnit ?? null,
    };
  },
});
