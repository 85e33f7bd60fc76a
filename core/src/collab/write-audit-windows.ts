import type { CollabWriter } from './collab-writer';

/**
 * Which connections' writes need an audit record of their own. A connection's first write is audited in the
 * statement that stores it, and that record covers the same connection's writes for the next window (it says
 * until when: `coversWritesUntil`); the first write after the window gets the next record, and so on. Each stored
 * update also carries its writer. So no write is ever stored without a record covering it, while the audit log
 * holds one `collab.write` per connection per window of typing instead of one per keystroke (fifty a second for
 * a fast typist), and the typing path mostly skips the audit chain's row lock.
 */
export class WriteAuditWindows {
  private readonly coveredUntil = new Map<string, number>();

  constructor(readonly windowMs: number) {
    if (!Number.isFinite(windowMs) || windowMs < 0)
      throw new Error(`An audit window must be 0 ms or more, got ${windowMs}`);
  }

  /** The writers among `writers` whose writes at `now` no record covers. */
  due(writers: readonly CollabWriter[], now: Date): CollabWriter[] {
    return writers.filter(
      (writer) => (this.coveredUntil.get(writer.correlationId) ?? Number.NEGATIVE_INFINITY) <= now.getTime(),
    );
  }

  /** When records written at `now` stop covering their connection's writes. */
  coverageEnd(now: Date): Date {
    return new Date(now.getTime() + this.windowMs);
  }

  /** Records for `writers` were stored at `now`: their writes are covered until {@link coverageEnd}. */
  recorded(writers: readonly CollabWriter[], now: Date): void {
    for (const writer of writers) this.coveredUntil.set(writer.correlationId, this.coverageEnd(now).getTime());
  }

  /** The connection closed; a new one has a new correlation id and starts with a record. */
  forget(writer: CollabWriter): void {
    this.coveredUntil.delete(writer.correlationId);
  }
}
