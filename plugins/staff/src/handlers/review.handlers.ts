import { ForbiddenError, handleCommand, NotFoundError, type CommandContext } from '@hms/sdk';
import { REVIEW_MANAGE, REVIEW_SIGN } from '../contracts/permissions';
import { CommentOnReview, OpenReview, RateReview, SetReviewGoals, SignOffReview } from '../contracts/review.contracts';
import { employeeDecider } from '../domain/employee/employee.decider';
import { reviewDecider, type ReviewCommand } from '../domain/review/review.decider';
import { employeeStream, reviewStream } from '../domain/streams';
import { NOT_OWN_RECORD, REVIEW_NOT_FOUND } from '../errors';
import { requireEmployed } from './require-employed';

async function step(ctx: CommandContext, command: ReviewCommand): Promise<{ id: string }> {
  await ctx.streams.decide(reviewStream(command.data.reviewId), reviewDecider, command);
  return { id: command.data.reviewId };
}

export const openReviewHandler = handleCommand(OpenReview, {
  permission: REVIEW_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    for (const id of [data.employeeId, data.reviewerId]) {
      requireEmployed((await ctx.streams.load(employeeStream(id), employeeDecider)).state, id);
    }
    return await step(ctx, { type: 'staff.OpenReview', data: { ...data, reviewId: ctx.newId() }, meta: ctx.meta });
  },
});

export const setReviewGoalsHandler = handleCommand(SetReviewGoals, {
  permission: REVIEW_MANAGE,
  handle: (data, ctx) => step(ctx, { type: 'staff.SetReviewGoals', data, meta: ctx.meta }),
});

export const rateReviewHandler = handleCommand(RateReview, {
  permission: REVIEW_MANAGE,
  handle: (data, ctx) => step(ctx, { type: 'staff.RateReview', data, meta: ctx.meta }),
});

/**
 * Each side signs (and comments) for itself: the employee through the login account linked to their record, the
 * reviewer through theirs. Nobody signs or writes for someone else, not even HR: it is the person's own word.
 */
async function requireOwnSide(ctx: CommandContext, reviewId: string, party: 'employee' | 'reviewer'): Promise<void> {
  const [review] = await ctx.sql.query<{ employee_id: string; reviewer_id: string }>(
    `SELECT employee_id, reviewer_id FROM staff.reviews WHERE id = $1`,
    [reviewId],
  );
  if (review === undefined) throw new NotFoundError(REVIEW_NOT_FOUND, { reviewId });
  const signer = party === 'employee' ? review.employee_id : review.reviewer_id;
  const person = await ctx.streams.load(employeeStream(signer), employeeDecider);
  if (person.state.status === 'none' || person.state.accountId !== ctx.actor.id) {
    throw new ForbiddenError(
      NOT_OWN_RECORD,
      { reviewId },
      { message: `Only the ${party} signs or comments on this side of the review, from their own account.` },
    );
  }
}

export const commentOnReviewHandler = handleCommand(CommentOnReview, {
  permission: REVIEW_SIGN,
  async handle(data, ctx): Promise<{ id: string }> {
    await requireOwnSide(ctx, data.reviewId, data.party);
    return await step(ctx, { type: 'staff.CommentOnReview', data, meta: ctx.meta });
  },
});

export const signOffReviewHandler = handleCommand(SignOffReview, {
  permission: REVIEW_SIGN,
  async handle(data, ctx): Promise<{ id: string }> {
    await requireOwnSide(ctx, data.reviewId, data.party);
    return await step(ctx, { type: 'staff.SignOffReview', data, meta: ctx.meta });
  },
});
