/**
 * The bell's count: set by the live channel's notices, and by asking the server (at start, after the channel came
 * back, after the person acted). An answer to a question asked before the newest notice or question is dropped:
 * it may predate a change the count already shows.
 */
export class UnreadCountTracker {
  private asked = 0;

  constructor(private readonly set: (unread: number) => void) {}

  /** The live channel said the count. */
  notice(unread: number): void {
    this.asked++;
    this.set(unread);
  }

  /** Asks the server (`undefined`: no answer, offline), keeping the count shown when the answer is stale. */
  async refresh(ask: () => Promise<number | undefined>): Promise<void> {
    const question = ++this.asked;
    const unread = await ask();
    if (unread !== undefined && question === this.asked) this.set(unread);
  }
}
