/**
 * A small, fast, deterministic pseudo-random generator (mulberry32) giving numbers in [0, 1): the same seed gives
 * the same demo hospital. Not for anything secret. A seed may give each item a stream of its own
 * (`seededRandom(base + index)`) so that what an item is does not depend on the order items finish in.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
