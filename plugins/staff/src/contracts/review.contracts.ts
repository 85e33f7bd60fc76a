import { defineCommand, defineEvent, z } from '@hms/sdk';
import { recorded } from './employee.events';

const review = { reviewId: z.uuid() };
const goalSchema = z.object({ goalId: z.uuid(), text: z.string().trim().min(1).max(500) });
const ratingSchema = z.number().int().min(1).max(5);
/** Who signs: the employee reviewed or their reviewer; the handler decides it from the signed-in account. */
export const reviewPartySchema = z.enum(['employee', 'reviewer']);

export const OpenReview = defineCommand(
  'staff.OpenReview',
  z.strictObject({
    employeeId: z.uuid(),
    reviewerId: z.uuid(),
    cycle: z.string().regex(/^\d{4}(-H[12])?$/, 'a year, or a half: 2027-H1'),
  }),
  'Open a performance review for a cycle',
).returns<{ id: string }>();
export const SetReviewGoals = defineCommand(
  'staff.SetReviewGoals',
  z.strictObject({ ...review, goals: z.array(goalSchema).min(1).max(20) }),
  "Agree the cycle's goals",
).returns<{ id: string }>();
export const RateReview = defineCommand(
  'staff.RateReview',
  z.strictObject({
    ...review,
    ratings: z.array(z.object({ goalId: z.uuid(), rating: ratingSchema })).min(1),
    overall: ratingSchema,
  }),
  'Rate each goal (1–5) and overall',
).returns<{ id: string }>();
export const SignOffReview = defineCommand(
  'staff.SignOffReview',
  z.strictObject({ ...review, party: reviewPartySchema }),
  'Sign the rated review off (both the employee and the reviewer must)',
).returns<{ id: string }>();

/**
 * Each side's own words on the review: the reviewer's comments on the year, the employee's answer. One per side,
 * replaced until that side signs; the employee may still answer after the reviewer has signed (their reply is
 * their own), the reviewer no longer once the employee has signed (they signed what they read).
 */
export const CommentOnReview = defineCommand(
  'staff.CommentOnReview',
  z.strictObject({ ...review, party: reviewPartySchema, text: z.string().trim().min(1).max(4000) }),
  "Write (or rewrite) one's side's comment on the review, before signing it",
).returns<{ id: string }>();

export const ReviewOpened = defineEvent(
  'staff.ReviewOpened',
  z.object({
    ...recorded,
    ...review,
    employeeId: z.uuid(),
    reviewerId: z.uuid(),
    cycle: z.string(),
  }),
  { description: 'A performance review was opened' },
);
export const ReviewGoalsSet = defineEvent(
  'staff.ReviewGoalsSet',
  z.object({ ...recorded, ...review, goals: z.array(goalSchema) }),
  { description: "The review's goals were agreed (replacing earlier ones)" },
);
export const ReviewRated = defineEvent(
  'staff.ReviewRated',
  z.object({
    ...recorded,
    ...review,
    ratings: z.array(z.object({ goalId: z.uuid(), rating: z.number().int() })),
    overall: z.number().int(),
  }),
  { description: 'The goals and the review were rated' },
);
export const ReviewSignedOff = defineEvent(
  'staff.ReviewSignedOff',
  z.object({ ...recorded, ...review, party: reviewPartySchema }),
  { description: 'One side signed the review off' },
);
export const ReviewCommented = defineEvent(
  'staff.ReviewCommented',
  z.object({ ...recorded, ...review, party: reviewPartySchema, text: z.string() }),
  { description: "One side wrote its comment on the review (replacing that side's earlier one)" },
);
export const ReviewCompleted = defineEvent(
  'staff.ReviewCompleted',
  z.object({ ...recorded, ...review, overall: z.number().int() }),
  { description: 'Both sides signed: the review is final' },
);

export const REVIEW_EVENTS = [
  ReviewOpened,
  ReviewGoalsSet,
  ReviewRated,
  ReviewCommented,
  ReviewSignedOff,
  ReviewCompleted,
] as const;
