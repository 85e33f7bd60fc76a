import type { RecordedEvent } from '@hms/sdk';

/**
 * Where a global reader stands. Events are read in (transaction id, position) order, not in position order: a
 * position is drawn (`nextval`) before the row is written and the transaction id when it is written, so two
 * concurrent appends can get them in opposite orders. Reading by position up to the oldest running transaction
 * would then pass the one that commits later, for good. In transaction-id order nothing can appear behind a reader:
 * every transaction below the horizon has finished, and every later one has a greater id (as Emmett does).
 */
export interface GlobalCursor {
  readonly transactionId: bigint;
  readonly position: bigint;
  /**
   * Positions at or below it were handled before the store was read in transaction order (a checkpoint carried over
   * from the position-ordered store): skipped exactly as the old reader would have. 0 for every new reader.
   */
  readonly floor: bigint;
}

export const START_OF_STORE: GlobalCursor = { transactionId: 0n, position: 0n, floor: 0n };

/** An event read in global order, with the cursor just past it. */
export interface GlobalEvent {
  readonly event: RecordedEvent;
  readonly cursor: GlobalCursor;
}

/** Whether `a` comes after `b` in global order. */
export function isAfter(a: GlobalCursor, b: GlobalCursor): boolean {
  return a.transactionId > b.transactionId || (a.transactionId === b.transactionId && a.position > b.position);
}
