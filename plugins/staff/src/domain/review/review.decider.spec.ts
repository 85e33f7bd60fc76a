import { deciderSpec } from '@hms/sdk/testing';
import { COLLEAGUE, EMPLOYEE, meta, recorded } from '../../../test/builders';
import { reviewDecider, type ReviewCommand, type ReviewEvent } from './review.decider';

const REVIEW = '00000000-0000-4000-8000-000000000031';
const GOAL_A = '00000000-0000-4000-8000-000000000032';
const GOAL_B = '00000000-0000-4000-8000-000000000033';
const opened: ReviewEvent = {
  type: 'staff.ReviewOpened',
  data: { ...recorded(), reviewId: REVIEW, employeeId: EMPLOYEE, reviewerId: COLLEAGUE, cycle: '2027' },
};
const goals = [
  { goalId: GOAL_A, text: 'Complete the IV therapy course' },
  { goalId: GOAL_B, text: 'Mentor a student nurse' },
];
const goalsSet: ReviewEvent = { type: 'staff.ReviewGoalsSet', data: { ...recorded(), reviewId: REVIEW, goals } };
const ratings = [
  { goalId: GOAL_A, rating: 4 },
  { goalId: GOAL_B, rating: 5 },
];
const rated: ReviewEvent = {
  type: 'staff.ReviewRated',
  data: { ...recorded(), reviewId: REVIEW, ratings, overall: 4 },
};
const sign = (party: 'employee' | 'reviewer'): ReviewCommand => ({
  type: 'staff.SignOffReview',
  meta: meta(),
  data: { reviewId: REVIEW, party },
});
const signed = (party: 'employee' | 'reviewer'): ReviewEvent => ({
  type: 'staff.ReviewSignedOff',
  data: { ...recorded(), reviewId: REVIEW, party },
});

describe('performance review decider', () => {
  it('opens a review, agrees goals and rates each of them', () => {
    deciderSpec(reviewDecider)
      .given([])
      .when({
        type: 'staff.OpenReview',
        meta: meta(),
        data: { reviewId: REVIEW, employeeId: EMPLOYEE, reviewerId: COLLEAGUE, cycle: '2027' },
      })
      .then([opened]);
    deciderSpec(reviewDecider)
      .given([opened])
      .when({ type: 'staff.SetReviewGoals', meta: meta(), data: { reviewId: REVIEW, goals } })
      .then([goalsSet]);
    deciderSpec(reviewDecider)
      .given([opened, goalsSet])
      .when({ type: 'staff.RateReview', meta: meta(), data: { reviewId: REVIEW, ratings, overall: 4 } })
      .then([rated]);
    deciderSpec(reviewDecider)
      .given([opened, goalsSet])
      .when({
        type: 'staff.RateReview',
        meta: meta(),
        data: { reviewId: REVIEW, ratings: [{ goalId: GOAL_A, rating: 4 }], overall: 4 },
      })
      .thenRejects('REVIEW_RATING_MISMATCH');
  });

  it('is final when both sides have signed; signing freezes it, and each side signs once', () => {
    deciderSpec(reviewDecider).given([opened, goalsSet]).when(sign('employee')).thenRejects('REVIEW_NOT_RATED');
    deciderSpec(reviewDecider)
      .given([opened, goalsSet, rated])
      .when(sign('employee'))
      .then([signed('employee')]);
    deciderSpec(reviewDecider)
      .given([opened, goalsSet, rated, signed('employee')])
      .when(sign('employee'))
      .thenRejects('REVIEW_ALREADY_SIGNED');
    deciderSpec(reviewDecider)
      .given([opened, goalsSet, rated, signed('employee')])
      .when({ type: 'staff.RateReview', meta: meta(), data: { reviewId: REVIEW, ratings, overall: 2 } })
      .thenRejects('REVIEW_SIGNED');
    deciderSpec(reviewDecider)
      .given([opened, goalsSet, rated, signed('employee')])
      .when(sign('reviewer'))
      .then([
        signed('reviewer'),
        { type: 'staff.ReviewCompleted', data: { ...recorded(), reviewId: REVIEW, overall: 4 } },
      ]);
  });

  const comment = (party: 'employee' | 'reviewer', text: string): ReviewCommand => ({
    type: 'staff.CommentOnReview',
    meta: meta(),
    data: { reviewId: REVIEW, party, text },
  });
  const commented = (party: 'employee' | 'reviewer', text: string): ReviewEvent => ({
    type: 'staff.ReviewCommented',
    data: { ...recorded(), reviewId: REVIEW, party, text },
  });

  it('takes each side’s comment, and a rewrite of it, until that side signs', () => {
    deciderSpec(reviewDecider)
      .given([opened, goalsSet])
      .when(comment('reviewer', 'A strong year on the ward.'))
      .then([commented('reviewer', 'A strong year on the ward.')]);
    deciderSpec(reviewDecider)
      .given([opened, goalsSet, rated, commented('reviewer', 'A strong year.')])
      .when(comment('reviewer', 'A strong year; the audit was exemplary.'))
      .then([commented('reviewer', 'A strong year; the audit was exemplary.')]);
    deciderSpec(reviewDecider)
      .given([opened, goalsSet, rated, signed('reviewer')])
      .when(comment('reviewer', 'One more thing.'))
      .thenRejects('REVIEW_SIGNED');
    deciderSpec(reviewDecider)
      .given([opened, goalsSet, rated, signed('employee')])
      .when(comment('employee', 'On reflection…'))
      .thenRejects('REVIEW_SIGNED');
  });

  it('lets the employee answer a review the reviewer signed, but not the reviewer change what the employee signed', () => {
    deciderSpec(reviewDecider)
      .given([opened, goalsSet, rated, signed('reviewer')])
      .when(comment('employee', 'I disagree with the rating of the second goal.'))
      .then([commented('employee', 'I disagree with the rating of the second goal.')]);
    deciderSpec(reviewDecider)
      .given([opened, goalsSet, rated, signed('employee')])
      .when(comment('reviewer', 'Added after the employee signed.'))
      .thenRejects('REVIEW_SIGNED');
    const completed: ReviewEvent = {
      type: 'staff.ReviewCompleted',
      data: { ...recorded(), reviewId: REVIEW, overall: 4 },
    };
    deciderSpec(reviewDecider)
      .given([opened, goalsSet, rated, signed('reviewer'), signed('employee'), completed])
      .when(comment('employee', 'Too late.'))
      .thenRejects('REVIEW_SIGNED');
  });

  it('refuses a comment on a review that does not exist', () => {
    deciderSpec(reviewDecider).given([]).when(comment('employee', 'Hello')).thenRejects('REVIEW_NOT_FOUND');
  });
});
