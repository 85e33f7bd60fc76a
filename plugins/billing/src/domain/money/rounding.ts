import { InvariantViolation } from '@hms/sdk';
import { money, type Money } from './money';

/**
 * The billing rounding rules, stated once. Every share, percentage and split in billing goes through here:
 *
 * 1. Percentages are whole basis points (1 bp = 0.01 %; co-insurance of 20 % is 2000 bp), never floats.
 * 2. A percentage of an amount rounds HALF UP to the minor unit (half away from zero for negative amounts):
 *    20 % of 0.05 is 0.01; 20 % of 0.02 is 0.00 (0.004). This is the rule for co-insurance and discounts.
 * 3. An amount split into parts (one payment over several lines, a price over units, a credit over invoices
 *    pro rata) uses the LARGEST REMAINDER method: each part gets the floor of its exact share, and the minor
 *    units left over go one each to the parts with the largest remainders (the earlier part on a tie). The parts
 *    always add up to the whole exactly: no cent is created or lost.
 *
 * Arithmetic is done in BigInt so no intermediate product loses precision.
 */
export const FULL_PERCENT_BP = 10_000;
export const INVALID_PERCENTAGE = 'INVALID_PERCENTAGE';
export const INVALID_WEIGHTS = 'INVALID_WEIGHTS';

/** Rule 2: `bp` basis points of `amount`, rounded half up to the minor unit. */
export function percentOf(amount: Money, bp: number): Money {
  if (!Number.isInteger(bp) || bp < 0 || bp > FULL_PERCENT_BP) throw new InvariantViolation(INVALID_PERCENTAGE, { bp });
  const magnitude = BigInt(Math.abs(amount.amount)) * BigInt(bp);
  const rounded = (magnitude + BigInt(FULL_PERCENT_BP / 2)) / BigInt(FULL_PERCENT_BP);
  return money(Math.sign(amount.amount) * Number(rounded), amount.currency);
}

/** Rule 3: `amount` split in proportion to whole, non-negative `weights` (at least one above zero). */
export function allocate(amount: Money, weights: readonly number[]): Money[] {
  const valid =
    weights.length > 0 && weights.every((w) => Number.isSafeInteger(w) && w >= 0) && weights.some((w) => w > 0);
  if (!valid) throw new InvariantViolation(INVALID_WEIGHTS, { weights: weights.length });
  const total = BigInt(Math.abs(amount.amount));
  const weightSum = weights.reduce((s, w) => s + BigInt(w), 0n);
  const exact = weights.map((w, index) => ({
    index,
    floor: (total * BigInt(w)) / weightSum,
    rest: (total * BigInt(w)) % weightSum,
  }));
  let leftOver = total - exact.reduce((s, p) => s + p.floor, 0n);
  const byRemainder = [...exact].sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  const extra = new Set<number>();
  for (const part of byRemainder) {
    if (leftOver === 0n) break;
    extra.add(part.index);
    leftOver -= 1n;
  }
  const sign = Math.sign(amount.amount);
  return exact.map((p) => money(sign * Number(p.floor + (extra.has(p.index) ? 1n : 0n)), amount.currency));
}
