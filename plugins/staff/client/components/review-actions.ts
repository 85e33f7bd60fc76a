export type ReviewSide = 'employee' | 'reviewer';

/** What the screen reads of a review (as `GET /api/staff/reviews` answers it). */
export interface ReviewFacts {
  readonly status: 'open' | 'completed';
  readonly overall: number | null;
  readonly signedBy: readonly ReviewSide[];
  readonly mySides: readonly ReviewSide[];
}

export interface ReviewActions {
  /** Agree goals and rate them: a reviewer (or HR) before anyone has signed. */
  readonly edit: boolean;
  /** The sides the signed-in person may still write a comment for. */
  readonly comment: readonly ReviewSide[];
  /** The sides the signed-in person may sign now. */
  readonly sign: readonly ReviewSide[];
}

/**
 * The same rules as the server's review decider, so the screen offers only what will be accepted: goals and
 * ratings until someone signs; each side's comment until it signs, the reviewer's also not after the employee's
 * signature; signing once rated, each side once, from its own account.
 */
export function reviewActions(review: ReviewFacts, canManage: boolean): ReviewActions {
  if (review.status === 'completed') return { edit: false, comment: [], sign: [] };
  const signed = (side: ReviewSide) => review.signedBy.includes(side);
  return {
    edit: canManage && review.signedBy.length === 0,
    comment: review.mySides.filter((side) => !signed(side) && !(side === 'reviewer' && signed('employee'))),
    sign: review.overall === null ? [] : review.mySides.filter((side) => !signed(side)),
  };
}

/** Goals typed one per line, blank lines dropped, each kept under the server's 500 characters. */
export function goalLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.slice(0, 500));
}
