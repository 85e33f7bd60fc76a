import { marginOf } from './margin';

const store = (averageUnitCost: number | null, currency: string | null = 'KES') => ({
  location: { id: '00000000-0000-4000-8000-000000000001', code: 'S', name: 'Store' },
  onHand: 10,
  averageUnitCost,
  currency,
});

describe(marginOf.name, () => {
  it.each([
    ['one store', 45_000, [store(30_000)], { marginOverCost: 15_000, marginBasisPoints: 3_333 }],
    [
      'the dearest store in the price currency',
      45_000,
      [store(30_000), store(36_000), store(50_000, 'USD')],
      { marginOverCost: 9_000, marginBasisPoints: 2_000 },
    ],
    [
      'a fraction of a minor unit rounds the cost up',
      100,
      [store(80.4)],
      { marginOverCost: 19, marginBasisPoints: 1_900 },
    ],
    ['a price below cost', 20_000, [store(25_000)], { marginOverCost: -5_000, marginBasisPoints: -2_500 }],
    ['a free item', 0, [store(500)], { marginOverCost: -500, marginBasisPoints: null }],
    [
      'no cost in that currency',
      45_000,
      [store(300, 'USD'), store(null)],
      { marginOverCost: null, marginBasisPoints: null },
    ],
  ])('%s', (_, amount, stores, expected) => {
    expect(marginOf(amount, 'KES', { stores })).toEqual(expected);
  });

  it('has no margin without the stores costs', () => {
    expect(marginOf(45_000, 'KES', null)).toEqual({ marginOverCost: null, marginBasisPoints: null });
  });
});
