import { describe, expect, it } from 'vitest';
import { UnreadCountTracker } from './unread-count';

/** A server answer the test releases when it chooses. */
function pending() {
  let answer!: (unread: number | undefined) => void;
  const promise = new Promise<number | undefined>((resolve) => (answer = resolve));
  return { ask: () => promise, answer };
}

describe(UnreadCountTracker.name, () => {
  it('shows what the live channel says and what the server answers', async () => {
    const shown: number[] = [];
    const tracker = new UnreadCountTracker((n) => shown.push(n));
    tracker.notice(2);
    await tracker.refresh(async () => 5);
    expect(shown).toEqual([2, 5]);
  });

  it('drops an answer to a question asked before a newer notice, which it may predate', async () => {
    const shown: number[] = [];
    const tracker = new UnreadCountTracker((n) => shown.push(n));
    const slow = pending();
    const refreshing = tracker.refresh(slow.ask);
    tracker.notice(3);
    slow.answer(1);
    await refreshing;
    expect(shown).toEqual([3]);
  });

  it('keeps the count shown when the server could not be asked (offline)', async () => {
    const shown: number[] = [];
    const tracker = new UnreadCountTracker((n) => shown.push(n));
    tracker.notice(4);
    await tracker.refresh(async () => undefined);
    expect(shown).toEqual([4]);
  });
});
