import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { hire, rejection } from '../test/hire';
import { REVIEW_SIGN } from './contracts/permissions';
import { ListReviews } from './contracts/queries';
import { UpdateEmployeeDetails } from './contracts/employee.commands';
import { CommentOnReview, OpenReview, RateReview, SetReviewGoals, SignOffReview } from './contracts/review.contracts';
import { staffPlugin } from './plugin';

const NOW = '2027-06-30T09:00:00.000Z';
const GOAL = '9a000000-0000-4000-8000-000000000001';
/**
 * The test kit acts as one account ("test-actor"): it is linked first to the employee's record, then (by HR) to
 * the reviewer's, so each side signs from the account linked to it.
 */
const SIGNER = { permissions: [REVIEW_SIGN.name] };

describe('performance reviews on the real kernel', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('goes from goals and ratings to sign-off by both sides, each from their own account, then is final', async () => {
    const employee = await hire(kernel, { accountId: 'test-actor' });
    const reviewer = await hire(kernel, { position: 'Ward manager' });
    const { id: reviewId } = await kernel.execute(OpenReview, {
      employeeId: employee,
      reviewerId: reviewer,
      cycle: '2027-H1',
    });
    await kernel.execute(SetReviewGoals, { reviewId, goals: [{ goalId: GOAL, text: 'Lead the ward’s IV audit' }] });
    expect(await rejection(kernel.execute(SignOffReview, { reviewId, party: 'employee' }, SIGNER))).toMatchObject({
      status: 422,
      code: 'REVIEW_NOT_RATED',
    });
    await kernel.execute(RateReview, { reviewId, ratings: [{ goalId: GOAL, rating: 4 }], overall: 4 });

    // Each side writes its own comment; the employee cannot write the reviewer's.
    await kernel.execute(CommentOnReview, { reviewId, party: 'employee', text: 'A good half.' }, SIGNER);
    await kernel.execute(CommentOnReview, { reviewId, party: 'employee', text: 'A good half; more IV work.' }, SIGNER);
    expect(
      await rejection(kernel.execute(CommentOnReview, { reviewId, party: 'reviewer', text: 'Mine' }, SIGNER)),
    ).toMatchObject({ status: 403, code: 'NOT_OWN_RECORD' });
    expect(
      await rejection(kernel.execute(CommentOnReview, { reviewId, party: 'employee', text: '   ' }, SIGNER)),
    ).toMatchObject({ status: 400 });

    // The employee signs their side; they cannot sign the reviewer's.
    await kernel.execute(SignOffReview, { reviewId, party: 'employee' }, SIGNER);
    expect(await rejection(kernel.execute(SignOffReview, { reviewId, party: 'reviewer' }, SIGNER))).toMatchObject({
      status: 403,
      code: 'NOT_OWN_RECORD',
    });
    // Once one side has signed, the review is frozen.
    expect(
      await rejection(kernel.execute(RateReview, { reviewId, ratings: [{ goalId: GOAL, rating: 5 }], overall: 5 })),
    ).toMatchObject({ code: 'REVIEW_SIGNED' });

    const mine = await kernel.ask(ListReviews, {}, SIGNER);
    expect(mine.items).toEqual([
      expect.objectContaining({
        id: reviewId,
        status: 'open',
        overall: 4,
        signedBy: ['employee'],
        comments: { employee: 'A good half; more IV work.', reviewer: null },
        mySides: ['employee'],
      }),
    ]);
    // Signed: the employee's comment is final.
    expect(
      await rejection(kernel.execute(CommentOnReview, { reviewId, party: 'employee', text: 'Later' }, SIGNER)),
    ).toMatchObject({ status: 422, code: 'REVIEW_SIGNED' });

    await kernel.execute(UpdateEmployeeDetails, { employeeId: employee, accountId: 'employee-account' });
    await kernel.execute(UpdateEmployeeDetails, { employeeId: reviewer, accountId: 'test-actor' });
    await kernel.execute(SignOffReview, { reviewId, party: 'reviewer' }, SIGNER);
    const [final] = (await kernel.ask(ListReviews, { cycle: '2027-H1' })).items;
    expect(final).toMatchObject({ status: 'completed', signedBy: ['employee', 'reviewer'], mySides: ['reviewer'] });
  });
});
