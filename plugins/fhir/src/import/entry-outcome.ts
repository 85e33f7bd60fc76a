/** What became (or, in a dry run, would become) of one bundle entry. */
export type EntryOutcome = 'would-create' | 'created' | 'matched' | 'ambiguous' | 'not-mappable' | 'failed';

export interface EntryResult {
  readonly outcome: EntryOutcome;
  /** Plain words: what was done, or why it could not be. */
  readonly text: string;
  /** The record created or matched here, `Patient/<id>`. */
  readonly target?: string;
}

/** Whether an entry went (or would go) in: its patient's clinical entries may follow it. */
export const isTaken = (result: EntryResult): boolean =>
  result.outcome === 'would-create' || result.outcome === 'created' || result.outcome === 'matched';

/** The report's wording of what the contribution's mapping named as left out. */
export const leftText = (left: readonly string[] | undefined): string =>
  left === undefined || left.length === 0 ? '' : `; not taken: ${left.join('; ')}`;
