import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, ITEM, meta, NOW } from '../../../test/builders';
import { purchaseUnitDecider, type PurchaseUnitCommand, type PurchaseUnitEvent } from './purchase-unit.decider';

const define = (unit: string, unitsOfIssue: number): PurchaseUnitCommand => ({
  type: 'inventory.DefinePurchaseUnit',
  meta: meta(),
  data: { itemId: ITEM, unit, unitsOfIssue },
});
const defined = (unit: string, unitsOfIssue: number): PurchaseUnitEvent => ({
  type: 'inventory.PurchaseUnitDefined',
  data: { at: NOW, by: ACTOR, itemId: ITEM, unit, unitsOfIssue },
});

describe('purchase unit decider', () => {
  it('defines a unit the item is bought in, with its content in units of issue', () =>
    deciderSpec(purchaseUnitDecider)
      .given([])
      .when(define('box of 10', 10))
      .then([defined('box of 10', 10)]));

  it('keeps several units side by side', () =>
    deciderSpec(purchaseUnitDecider)
      .given([defined('box of 10', 10)])
      .when(define('carton of 20 boxes', 200))
      .then([defined('carton of 20 boxes', 200)]));

  it('records nothing when the same unit is defined again with the same content, whatever the case', () =>
    deciderSpec(purchaseUnitDecider)
      .given([defined('box of 10', 10)])
      .when(define('Box of 10', 10))
      .then([]));

  it('refuses another content for a unit already defined', () =>
    deciderSpec(purchaseUnitDecider)
      .given([defined('box of 10', 10)])
      .when(define('box of 10', 12))
      .thenRejects('PURCHASE_UNIT_CHANGED'));

  it('remembers each unit by name without case', () =>
    deciderSpec(purchaseUnitDecider)
      .given([defined('Box of 10', 10)])
      .when(define('carton', 100))
      .thenState({
        status: 'defined',
        units: { 'box of 10': { unit: 'Box of 10', unitsOfIssue: 10 }, carton: { unit: 'carton', unitsOfIssue: 100 } },
      }));
});
