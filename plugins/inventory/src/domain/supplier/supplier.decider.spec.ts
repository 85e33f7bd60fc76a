import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, ITEM, meta, NOW } from '../../../test/builders';
import { supplierDecider, type SupplierCommand, type SupplierEvent } from './supplier.decider';

const SUPPLIER = '00000000-0000-4000-8000-000000000021';
const usd = (amount: number) => ({ amount, currency: 'USD' });

const supplierDefined: SupplierEvent = {
  type: 'inventory.SupplierDefined',
  data: { at: NOW, by: ACTOR, supplierId: SUPPLIER, name: 'Demo Pharma Wholesale', leadTimeDays: 5 },
};
const setPrice = (amount: number, purchaseUnit?: string): SupplierCommand => ({
  type: 'inventory.SetSupplierPrice',
  meta: meta(),
  data: { supplierId: SUPPLIER, itemId: ITEM, unitPrice: usd(amount), ...(purchaseUnit ? { purchaseUnit } : {}) },
});
const priceSet = (amount: number, purchaseUnit?: string): SupplierEvent => ({
  type: 'inventory.SupplierPriceSet',
  data: {
    at: NOW,
    by: ACTOR,
    supplierId: SUPPLIER,
    itemId: ITEM,
    unitPrice: usd(amount),
    ...(purchaseUnit ? { purchaseUnit } : {}),
  },
});

describe('supplier decider: the price list', () => {
  it("sets a supplier's price for an item per purchase unit", () =>
    deciderSpec(supplierDecider)
      .given([supplierDefined])
      .when(setPrice(1005, 'box of 10'))
      .then([priceSet(1005, 'box of 10')]));

  it('replaces the price before with a new one', () =>
    deciderSpec(supplierDecider)
      .given([supplierDefined, priceSet(1005, 'box of 10')])
      .when(setPrice(110))
      .then([priceSet(110)]));

  it('records nothing when the price is the one already listed', () =>
    deciderSpec(supplierDecider)
      .given([supplierDefined, priceSet(1005, 'box of 10')])
      .when(setPrice(1005, 'Box of 10'))
      .then([]));

  it('refuses a price for a supplier that is not in the master', () =>
    deciderSpec(supplierDecider).given([]).when(setPrice(100)).thenRejects('SUPPLIER_NOT_FOUND'));

  it('keeps the latest price per item in its state', () =>
    deciderSpec(supplierDecider)
      .given([supplierDefined, priceSet(1005, 'box of 10'), priceSet(98)])
      .when(setPrice(98))
      .thenState({
        status: 'defined',
        name: 'Demo Pharma Wholesale',
        leadTimeDays: 5,
        prices: { [ITEM]: { unitPrice: usd(98) } },
      }));
});
