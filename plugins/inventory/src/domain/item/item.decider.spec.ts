import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, ITEM, meta, NOW } from '../../../test/builders';
import { itemDecider, type ItemCommand, type ItemEvent } from './item.decider';

const define = (category: 'medicine' | 'supply', tracksLots?: boolean): ItemCommand => ({
  type: 'inventory.DefineItem',
  meta: meta(),
  data: {
    itemId: ITEM,
    code: 'X-1',
    name: 'Demo item',
    category,
    unit: 'each',
    ...(tracksLots === undefined ? {} : { tracksLots }),
  },
});
const defined = (category: 'medicine' | 'supply', tracksLots: boolean): ItemEvent => ({
  type: 'inventory.ItemDefined',
  data: { at: NOW, by: ACTOR, itemId: ITEM, code: 'X-1', name: 'Demo item', category, unit: 'each', tracksLots },
});

describe('item decider', () => {
  it('keeps every medicine by lot, and a supply only when asked', () => {
    deciderSpec(itemDecider)
      .given([])
      .when(define('medicine', false))
      .then([defined('medicine', true)]);
    deciderSpec(itemDecider)
      .given([])
      .when(define('supply'))
      .then([defined('supply', false)]);
    deciderSpec(itemDecider)
      .given([])
      .when(define('supply', true))
      .then([defined('supply', true)]);
  });

  it('discontinues an item once', () => {
    const discontinue: ItemCommand = {
      type: 'inventory.DiscontinueItem',
      meta: meta(),
      data: { itemId: ITEM, reason: 'Replaced' },
    };
    const discontinued: ItemEvent = {
      type: 'inventory.ItemDiscontinued',
      data: { at: NOW, by: ACTOR, itemId: ITEM, reason: 'Replaced' },
    };
    deciderSpec(itemDecider)
      .given([defined('supply', false)])
      .when(discontinue)
      .then([discontinued]);
    deciderSpec(itemDecider)
      .given([defined('supply', false), discontinued])
      .when(discontinue)
      .thenRejects('ITEM_DISCONTINUED');
    deciderSpec(itemDecider).given([]).when(discontinue).thenRejects('ITEM_NOT_FOUND');
  });

  it('holds a discontinued item as discontinued, keeping how it is stocked', () =>
    deciderSpec(itemDecider)
      .given([defined('medicine', true)])
      .when({ type: 'inventory.DiscontinueItem', meta: meta(), data: { itemId: ITEM, reason: 'Replaced' } })
      .thenState({
        status: 'discontinued',
        code: 'X-1',
        name: 'Demo item',
        category: 'medicine',
        unit: 'each',
        tracksLots: true,
        drugCode: null,
        formulary: null,
      }));

  it("keeps a medicine's drug code and formulary flag, and leaves them out when not given", () =>
    deciderSpec(itemDecider)
      .given([])
      .when({
        type: 'inventory.DefineItem',
        meta: meta(),
        data: {
          itemId: ITEM,
          code: 'AMOX-500',
          name: 'Amoxicillin 500 mg capsule',
          category: 'medicine',
          unit: 'capsule',
          drugCode: { system: 'ATC', code: 'J01CA04' },
          formulary: true,
        },
      })
      .then([
        {
          type: 'inventory.ItemDefined',
          data: {
            at: NOW,
            by: ACTOR,
            itemId: ITEM,
            code: 'AMOX-500',
            name: 'Amoxicillin 500 mg capsule',
            category: 'medicine',
            unit: 'capsule',
            drugCode: { system: 'ATC', code: 'J01CA04' },
            formulary: true,
            tracksLots: true,
          },
        },
      ]));
});
