import fc from 'fast-check';
import { money } from './money';
import { allocate, percentOf } from './rounding';

const kes = (amount: number) => money(amount, 'KES');

describe('billing rounding rules', () => {
  it.each([
    [1000, 2000, 200], // 20 % of 10.00
    [5, 2000, 1], //      20 % of 0.05 = 0.01 exactly
    [2, 2000, 0], //      0.004 rounds down
    [25, 1000, 3], //     0.025 rounds half up to 0.03
    [-25, 1000, -3], //   half away from zero for refunds and reversals
    [12345, 3333, 4115], // 4114.5885 minor units → 4115
    [999, 10000, 999],
    [999, 0, 0],
  ])('rounds %i minor units × %i bp half up to %i', (amount, bp, expected) => {
    expect(percentOf(kes(amount), bp)).toEqual(kes(expected));
  });

  it('refuses percentages outside 0–100 % and fractional basis points', () => {
    expect(() => percentOf(kes(100), 10_001)).toThrow('INVALID_PERCENTAGE');
    expect(() => percentOf(kes(100), 12.5)).toThrow('INVALID_PERCENTAGE');
  });

  it('splits by largest remainder, earlier part first on a tie', () => {
    expect(allocate(kes(100), [1, 1, 1])).toEqual([kes(34), kes(33), kes(33)]);
    expect(allocate(kes(101), [1, 1, 1])).toEqual([kes(34), kes(34), kes(33)]);
    expect(allocate(kes(1000), [1, 2, 7])).toEqual([kes(100), kes(200), kes(700)]);
    expect(allocate(kes(5), [3, 3, 4])).toEqual([kes(2), kes(1), kes(2)]); // 1.5, 1.5, 2 → the first tie wins
    expect(allocate(kes(-100), [1, 1, 1])).toEqual([kes(-34), kes(-33), kes(-33)]);
    expect(allocate(kes(7), [0, 1])).toEqual([kes(0), kes(7)]);
  });

  it('refuses an allocation with no weight', () => {
    expect(() => allocate(kes(5), [])).toThrow('INVALID_WEIGHTS');
    expect(() => allocate(kes(5), [0, 0])).toThrow('INVALID_WEIGHTS');
  });

  it('always allocates parts that add up to the whole, each within one minor unit of its exact share', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.nat({ max: 1e6 }), { minLength: 1, maxLength: 12 }),
        (amount, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = allocate(kes(amount), weights);
          const weightSum = weights.reduce((s, w) => s + w, 0);
          expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(amount);
          parts.forEach((p, i) =>
            expect(Math.abs(p.amount - (amount * (weights[i] ?? 0)) / weightSum)).toBeLessThan(1.0001),
          );
        },
      ),
      { numRuns: 500 },
    ));
});
