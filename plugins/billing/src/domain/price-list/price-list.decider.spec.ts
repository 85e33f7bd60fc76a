import { deciderSpec } from '@hms/sdk/testing';
import { kes, meta, PAYER, PRICE_LIST, recorded } from '../../../test/builders';
import { money } from '../money/money';
import { priceInForce } from './price-in-force';
import {
  priceListDecider,
  type PriceListCommand,
  type PriceListEvent,
  type PriceListState,
} from './price-list.decider';

const created: PriceListEvent = {
  type: 'billing.PriceListCreated',
  data: {
    ...recorded,
    priceListId: PRICE_LIST,
    name: 'Demo insurer 2026',
    payer: { kind: 'insurer', payerId: PAYER },
    currency: 'KES',
  },
};
const setPrice = (amount: number, validFrom: string, validTo?: string, unitPrice = kes(amount)): PriceListCommand => ({
  type: 'billing.SetPrice',
  meta: meta(),
  data: { priceListId: PRICE_LIST, serviceCode: 'CONS-GP', unitPrice, validFrom, ...(validTo ? { validTo } : {}) },
});
const priceSet = (
  amount: number,
  validFrom: string,
  extra: { validTo?: string; endsPriceFrom?: string } = {},
): PriceListEvent => ({
  type: 'billing.PriceSet',
  data: { ...recorded, priceListId: PRICE_LIST, serviceCode: 'CONS-GP', unitPrice: kes(amount), validFrom, ...extra },
});
const stateAfter = (events: PriceListEvent[]): PriceListState =>
  events.reduce(priceListDecider.evolve, priceListDecider.initialState());

describe('price list decider', () => {
  it('creates a price list for one payer in one currency, once', () => {
    const create: PriceListCommand = {
      type: 'billing.CreatePriceList',
      meta: meta(),
      data: {
        priceListId: PRICE_LIST,
        name: 'Demo insurer 2026',
        payer: { kind: 'insurer', payerId: PAYER },
        currency: 'KES',
      },
    };
    deciderSpec(priceListDecider).given([]).when(create).then([created]);
    deciderSpec(priceListDecider).given([created]).when(create).thenRejects('PRICE_LIST_EXISTS');
  });

  it('replaces an open-ended price from the new price date on', () => {
    deciderSpec(priceListDecider)
      .given([created, priceSet(2_000, '2026-01-01')])
      .when(setPrice(2_500, '2026-04-01'))
      .then([priceSet(2_500, '2026-04-01', { endsPriceFrom: '2026-01-01' })]);
    deciderSpec(priceListDecider)
      .given([created, priceSet(2_000, '2026-01-01')])
      .when(setPrice(2_500, '2026-04-01'))
      .thenState({
        status: 'active',
        priceListId: PRICE_LIST,
        payer: { kind: 'insurer', payerId: PAYER },
        currency: 'KES',
        prices: {
          'CONS-GP': [
            { unitPrice: kes(2_000), validFrom: '2026-01-01', validTo: '2026-03-31' },
            { unitPrice: kes(2_500), validFrom: '2026-04-01' },
          ],
        },
      });
  });

  it('refuses overlapping bounded periods, reversed periods, another currency and unknown lists', () => {
    deciderSpec(priceListDecider)
      .given([created, priceSet(2_000, '2026-01-01', { validTo: '2026-06-30' })])
      .when(setPrice(2_500, '2026-06-01'))
      .thenRejects('PRICE_PERIOD_OVERLAP');
    deciderSpec(priceListDecider)
      .given([created, priceSet(2_000, '2026-05-01')])
      .when(setPrice(2_500, '2026-04-01'))
      .thenRejects('PRICE_PERIOD_OVERLAP');
    deciderSpec(priceListDecider)
      .given([created])
      .when(setPrice(2_500, '2026-06-01', '2026-05-01'))
      .thenRejects('INVALID_PERIOD');
    deciderSpec(priceListDecider)
      .given([created])
      .when(setPrice(100, '2026-01-01', undefined, money(100, 'USD')))
      .thenRejects('CURRENCY_MISMATCH');
    deciderSpec(priceListDecider).given([]).when(setPrice(2_500, '2026-06-01')).thenRejects('PRICE_LIST_NOT_FOUND');
  });

  it('prices by the service date: the price in force then, not today', () => {
    const list = stateAfter([
      created,
      priceSet(2_000, '2026-01-01'),
      priceSet(2_500, '2026-04-01', { endsPriceFrom: '2026-01-01' }),
    ]);
    expect(priceInForce(list, 'CONS-GP', '2026-03-31').unitPrice).toEqual(kes(2_000));
    expect(priceInForce(list, 'CONS-GP', '2026-04-01').unitPrice).toEqual(kes(2_500));
    expect(() => priceInForce(list, 'CONS-GP', '2025-12-31')).toThrow('NO_PRICE_IN_FORCE');
    expect(() => priceInForce(list, 'BED-ICU', '2026-03-01')).toThrow('NO_PRICE_IN_FORCE');
  });
});
