/**
 * Exact fractions over BigInt, so a pay line is computed without any intermediate rounding and rounded once.
 * The one rounding rule: to the nearest minor unit, halves away from zero (12.5 cents → 13, −12.5 → −13), once
 * per payslip line.
 */
export interface Exact {
  readonly n: bigint;
  readonly d: bigint;
}

export const exact = (value: number | bigint, over: number | bigint = 1): Exact => ({
  n: BigInt(value),
  d: BigInt(over),
});

/** A decimal from configuration (1.5, 37.5, 0.6) as an exact fraction; up to 6 decimal places are kept. */
export function fromDecimal(value: number): Exact {
  return { n: BigInt(Math.round(value * 1_000_000)), d: 1_000_000n };
}

export const times = (...factors: Exact[]): Exact =>
  factors.reduce((acc, f) => ({ n: acc.n * f.n, d: acc.d * f.d }), { n: 1n, d: 1n });

export const plus = (a: Exact, b: Exact): Exact => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });

export const ZERO: Exact = { n: 0n, d: 1n };

/** Rounds to a whole minor unit, halves away from zero. */
export function toMinor(value: Exact): number {
  const sign = value.n < 0n !== value.d < 0n ? -1n : 1n;
  const n = value.n < 0n ? -value.n : value.n;
  const d = value.d < 0n ? -value.d : value.d;
  const rounded = (2n * n + d) / (2n * d);
  return Number(sign * rounded);
}
