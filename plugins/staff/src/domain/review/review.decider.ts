import {
  assertNever,
  ConflictError,
  InvariantViolation,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type {
  CommentOnReview,
  OpenReview,
  RateReview,
  ReviewCommented,
  ReviewCompleted,
  ReviewGoalsSet,
  ReviewOpened,
  ReviewRated,
  ReviewSignedOff,
  SetReviewGoals,
  SignOffReview,
} from '../../contracts/review.contracts';
import {
  REVIEW_ALREADY_SIGNED,
  REVIEW_EXISTS,
  REVIEW_NOT_FOUND,
  REVIEW_NOT_RATED,
  REVIEW_RATING_MISMATCH,
  REVIEW_SIGNED,
} from '../../errors';
import { recordedBy } from '../defined';

export type OpenReviewCommand = Command<'staff.OpenReview', DataOf<typeof OpenReview> & { reviewId: string }>;
export type SetGoalsCommand = Command<'staff.SetReviewGoals', DataOf<typeof SetReviewGoals>>;
export type RateReviewCommand = Command<'staff.RateReview', DataOf<typeof RateReview>>;
export type SignOffCommand = Command<'staff.SignOffReview', DataOf<typeof SignOffReview>>;
export type CommentCommand = Command<'staff.CommentOnReview', DataOf<typeof CommentOnReview>>;
export type ReviewCommand = OpenReviewCommand | SetGoalsCommand | RateReviewCommand | CommentCommand | SignOffCommand;

export type ReviewEvent =
  | DomainEvent<'staff.ReviewOpened', DataOf<typeof ReviewOpened>>
  | DomainEvent<'staff.ReviewGoalsSet', DataOf<typeof ReviewGoalsSet>>
  | DomainEvent<'staff.ReviewRated', DataOf<typeof ReviewRated>>
  | DomainEvent<'staff.ReviewCommented', DataOf<typeof ReviewCommented>>
  | DomainEvent<'staff.ReviewSignedOff', DataOf<typeof ReviewSignedOff>>
  | DomainEvent<'staff.ReviewCompleted', DataOf<typeof ReviewCompleted>>;

interface Review {
  readonly reviewId: string;
  readonly goalIds: readonly string[];
  readonly overall: number | null;
  readonly signedBy: readonly ('employee' | 'reviewer')[];
}
export type ReviewState = { readonly status: 'none' } | (Review & { readonly status: 'open' | 'completed' });

export const initialState = (): ReviewState => ({ status: 'none' });

/**
 * Goals, then ratings, then both sides sign. Once either side has signed, goals and ratings are frozen. Each side
 * may write its comment until it signs, except that the reviewer's stops once the employee has signed (the
 * employee signed what they read); the employee may still answer a review the reviewer has signed.
 */
export function decide(command: ReviewCommand, state: ReviewState): ReviewEvent[] {
  const by = recordedBy(command.meta);
  if (command.type === 'staff.OpenReview') {
    if (state.status !== 'none') throw new ConflictError(REVIEW_EXISTS, { reviewId: command.data.reviewId });
    return [{ type: 'staff.ReviewOpened', data: { ...by, ...command.data } }];
  }
  const review = open(state, command.data.reviewId);
  switch (command.type) {
    case 'staff.SetReviewGoals':
      unsigned(review);
      return [{ type: 'staff.ReviewGoalsSet', data: { ...by, reviewId: review.reviewId, goals: command.data.goals } }];
    case 'staff.RateReview': {
      unsigned(review);
      const rated = command.data.ratings.map((r) => r.goalId);
      const mismatch = [
        ...rated.filter((id) => !review.goalIds.includes(id)),
        ...review.goalIds.filter((id) => !rated.includes(id)),
      ][0];
      if (mismatch !== undefined)
        throw new InvariantViolation(
          REVIEW_RATING_MISMATCH,
          { reviewId: review.reviewId, goalId: mismatch },
          { message: 'Rate each goal of the review once.' },
        );
      return [{ type: 'staff.ReviewRated', data: { ...by, ...command.data } }];
    }
    case 'staff.CommentOnReview': {
      const { party, text } = command.data;
      if (review.signedBy.includes(party) || (party === 'reviewer' && review.signedBy.includes('employee')))
        throw new InvariantViolation(
          REVIEW_SIGNED,
          { reviewId: review.reviewId, status: 'signed' },
          {
            message:
              party === 'employee' || review.signedBy.includes('reviewer')
                ? 'You have signed your side: your comment is final.'
                : 'The employee has signed the review as they read it: the reviewer’s comment is final.',
          },
        );
      return [{ type: 'staff.ReviewCommented', data: { ...by, reviewId: review.reviewId, party, text } }];
    }
    case 'staff.SignOffReview': {
      const { party } = command.data;
      if (review.overall === null) throw new InvariantViolation(REVIEW_NOT_RATED, { reviewId: review.reviewId, party });
      if (review.signedBy.includes(party))
        throw new InvariantViolation(REVIEW_ALREADY_SIGNED, { reviewId: review.reviewId, party });
      const signed: ReviewEvent = { type: 'staff.ReviewSignedOff', data: { ...by, reviewId: review.reviewId, party } };
      if (review.signedBy.length === 0) return [signed];
      return [
        signed,
        { type: 'staff.ReviewCompleted', data: { ...by, reviewId: review.reviewId, overall: review.overall } },
      ];
    }
    default:
      return assertNever(command);
  }
}

function open(state: ReviewState, reviewId: string): Review {
  if (state.status === 'none') throw new NotFoundError(REVIEW_NOT_FOUND, { reviewId });
  if (state.status === 'completed')
    throw new InvariantViolation(
      REVIEW_SIGNED,
      { reviewId, status: state.status },
      { message: 'The review is final.' },
    );
  return state;
}

function unsigned(review: Review): void {
  if (review.signedBy.length > 0) {
    throw new InvariantViolation(
      REVIEW_SIGNED,
      { reviewId: review.reviewId, status: 'signed' },
      { message: 'Signed reviews are not changed.' },
    );
  }
}

export function evolve(state: ReviewState, event: ReviewEvent): ReviewState {
  if (event.type === 'staff.ReviewOpened')
    return { status: 'open', reviewId: event.data.reviewId, goalIds: [], overall: null, signedBy: [] };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'staff.ReviewGoalsSet':
      return { ...state, goalIds: event.data.goals.map((g) => g.goalId), overall: null };
    case 'staff.ReviewRated':
      return { ...state, overall: event.data.overall };
    case 'staff.ReviewCommented':
      return state;
    case 'staff.ReviewSignedOff':
      return { ...state, signedBy: [...state.signedBy, event.data.party] };
    case 'staff.ReviewCompleted':
      return { ...state, status: 'completed' };
    default:
      return assertNever(event);
  }
}

export const reviewDecider: Decider<ReviewState, ReviewCommand, ReviewEvent> = { initialState, decide, evolve };
