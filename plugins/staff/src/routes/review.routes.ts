import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { ListReviews, reviewListSchema } from '../contracts/queries';
import { CommentOnReview, OpenReview, RateReview, SetReviewGoals, SignOffReview } from '../contracts/review.contracts';

export const reviewRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/staff/reviews',
    summary: "Performance reviews (all for HR and managers, one's own otherwise)",
    description: '`?employeeId=`, `?cycle=2027` or `2027-H1`.',
    query: ListReviews,
    queryString: ListReviews.schema,
    response: reviewListSchema,
  }),
  defineRoute({ method: 'POST', path: '/staff/reviews', summary: 'Open a review', command: OpenReview, status: 201 }),
  defineRoute({
    method: 'PUT',
    path: '/staff/reviews/:reviewId/goals',
    summary: "Agree the review's goals (replacing earlier ones, until someone signs)",
    command: SetReviewGoals,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/reviews/:reviewId/rating',
    summary: 'Rate each goal and the whole (1–5)',
    command: RateReview,
  }),
  defineRoute({
    method: 'PUT',
    path: '/staff/reviews/:reviewId/comment',
    summary:
      "Write one's side's comment (`party` employee or reviewer, from their own account), replacing it, until signing",
    command: CommentOnReview,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/reviews/:reviewId/sign-off',
    summary: 'Sign the rated review off, as the employee or as the reviewer (from their own account)',
    command: SignOffReview,
  }),
];
