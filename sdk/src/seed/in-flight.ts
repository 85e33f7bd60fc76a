/**
 * Runs `work` on every item with at most `limit` at once, taking items in order (so what each item is does not
 * depend on timing: a generator may draw from the seed's random numbers). The first failure stops the rest.
 */
export async function inFlight<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed = false;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (!failed) {
      const next = iterator.next();
      if (next.done === true) return;
      try {
        await work(next.value);
      } catch (error) {
        if (!failed) failure = error;
        failed = true;
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  if (failed) throw failure;
}
