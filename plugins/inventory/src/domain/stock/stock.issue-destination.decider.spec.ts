import { deciderSpec } from '@hms/sdk/testing';
import { atPharmacy, meta, PHARMACY, ITEM, WORK_ORDER } from '../../../test/builders';
import type { StockEvent } from './stock.decider';
import { stockDecider } from './stock.decider';

const gloves = { itemId: ITEM, locationId: PHARMACY, tracksLots: false };
const inStock: StockEvent = {
  type: 'inventory.StockReceived',
  data: { ...atPharmacy, quantity: 20, lot: null, expiresOn: null },
};

// 1.5: where an issue goes is what consumption is summed by; the decider only carries it onto the event.
describe('stock decider: the destination of an issue', () => {
  it('carries the cost centre an issue is charged to', () =>
    deciderSpec(stockDecider)
      .given([inStock])
      .when({
        type: 'inventory.IssueStock',
        meta: meta(),
        data: { ...gloves, quantity: 4, issuedTo: 'Ward 3A', costCentre: 'CC-4100' },
      })
      .then([
        {
          type: 'inventory.StockIssued',
          data: {
            ...atPharmacy,
            quantity: 4,
            lots: [{ lot: null, expiresOn: null, quantity: 4 }],
            issuedTo: 'Ward 3A',
            costCentre: 'CC-4100',
          },
        },
      ]));

  it('carries the work order parts were used on', () =>
    deciderSpec(stockDecider)
      .given([inStock])
      .when({
        type: 'inventory.IssueStock',
        meta: meta(),
        data: { ...gloves, quantity: 2, issuedTo: 'Biomedical engineering', workOrderId: WORK_ORDER },
      })
      .then([
        {
          type: 'inventory.StockIssued',
          data: {
            ...atPharmacy,
            quantity: 2,
            lots: [{ lot: null, expiresOn: null, quantity: 2 }],
            issuedTo: 'Biomedical engineering',
            workOrderId: WORK_ORDER,
          },
        },
      ]));

  it('leaves out a cost centre that was not named', () =>
    deciderSpec(stockDecider)
      .given([inStock])
      .when({ type: 'inventory.IssueStock', meta: meta(), data: { ...gloves, quantity: 1, issuedTo: 'Ward 3A' } })
      .then([
        {
          type: 'inventory.StockIssued',
          data: {
            ...atPharmacy,
            quantity: 1,
            lots: [{ lot: null, expiresOn: null, quantity: 1 }],
            issuedTo: 'Ward 3A',
          },
        },
      ]));
});
